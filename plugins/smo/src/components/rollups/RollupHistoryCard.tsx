import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { absoluteTime } from '../readiness/relativeTime';
import { ErrorState } from '../readiness/ErrorState';
import { VERDICT_LABELS } from '../readiness/VerdictChip';
import { ChartTable } from './ChartTable';
import { ScoreHistoryChart } from './ScoreChart';

/** Changes of standard the history card marks; more than a roll-up's history is likely to span. */
const STANDARD_CHANGES = 200;

/**
 * A roll-up's score over time (one point per change, as a step line) with the changes of standard marked, so a drop
 * after a stricter standard reads differently from a drop of the service; the points also as a table.
 */
export function RollupHistoryCard(props: {
  entityRef: string;
  /** Reloads when the shown roll-up changes. */
  evaluatedAt?: string;
  now: number;
}) {
  const { entityRef, now } = props;
  const smoApi = useApi(smoApiRef);
  const data = useAsyncRetry(async () => {
    const [history, changes] = await Promise.all([
      smoApi.getRollupHistory(entityRef),
      smoApi.listStandardChanges({ limit: STANDARD_CHANGES }),
    ]);
    return { items: history.items, changes: changes.items };
  }, [smoApi, entityRef, props.evaluatedAt]);

  let content;
  if (data.error && !data.loading) {
    content = (
      <ErrorState
        error={data.error}
        onRetry={data.retry}
        notFound="No history yet: it starts with the first sweep that rolls this up."
      />
    );
  } else if (!data.value) {
    content = <Progress />;
  } else if (data.value.items.length === 0) {
    content = (
      <Typography variant="body2">
        No history yet: it starts with the first sweep that rolls this up.
      </Typography>
    );
  } else {
    const { items, changes } = data.value;
    content = (
      <>
        <ScoreHistoryChart
          title="Roll-up score over time"
          entityRef={entityRef}
          items={items}
          changes={changes}
          now={now}
        />
        <ChartTable
          id="smo-rollup-history-table"
          label="Roll-up history"
          columns={['Recorded', 'Score', 'Verdict', 'Ready', 'At risk']}
        >
          {[...items].reverse().map(item => (
            <TableRow key={item.recordedAt}>
              <TableCell>{absoluteTime(item.recordedAt)}</TableCell>
              <TableCell>{item.score}</TableCell>
              <TableCell>{VERDICT_LABELS[item.verdict]}</TableCell>
              <TableCell>
                {item.ready} of {item.counted}
              </TableCell>
              <TableCell>{item.atRisk ? 'Yes' : 'No'}</TableCell>
            </TableRow>
          ))}
        </ChartTable>
      </>
    );
  }
  return (
    <InfoCard title="Score over time" variant="gridItem">
      {content}
    </InfoCard>
  );
}
