import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { ErrorState } from '../readiness/ErrorState';
import { ScoreHistoryChart } from '../rollups/ScoreChart';
import { useGovernance } from './GovernanceContext';
import { describeTrend } from './trend';

/** Changes of standard the chart marks; more than a component's history is likely to span. */
const STANDARD_CHANGES = 200;

/**
 * The score over time, one point per change, with the changes of standard marked (a drop right after one is the
 * standard getting stricter, not the component getting worse); reloads when the shown evaluation changes.
 */
export function ScoreTrendCard() {
  const { entityRef, readiness } = useGovernance();
  const smoApi = useApi(smoApiRef);
  const data = useAsyncRetry(async () => {
    const { items } = await smoApi.getHistory(entityRef);
    // Without a history there is no chart to mark.
    const changes =
      items.length > 0
        ? (await smoApi.listStandardChanges({ limit: STANDARD_CHANGES })).items
        : [];
    return { items, changes };
  }, [smoApi, entityRef, readiness.evaluatedAt]);

  let content;
  if (data.loading && !data.value) {
    content = <Progress />;
  } else if (data.error) {
    content = <ErrorState error={data.error} onRetry={data.retry} />;
  } else if (!data.value || data.value.items.length === 0) {
    content = (
      <Typography variant="body2">
        No score history yet: it starts with the first sweep.
      </Typography>
    );
  } else {
    const { items, changes } = data.value;
    content = (
      <>
        <ScoreHistoryChart
          title="Score trend"
          entityRef={entityRef}
          items={items}
          changes={changes}
          now={DateTime.now().toMillis()}
        />
        <Typography variant="caption" color="textSecondary" component="p">
          {describeTrend(items)}
        </Typography>
      </>
    );
  }
  return (
    <InfoCard title="Score trend" variant="gridItem">
      {content}
    </InfoCard>
  );
}
