import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { ErrorState } from '../readiness/ErrorState';
import { useGovernance } from './GovernanceContext';
import { ScoreTrendChart } from './ScoreTrendChart';
import { describeTrend } from './trend';

/** The score over time; reloads when the shown evaluation changes (e.g. after a refresh). */
export function ScoreTrendCard() {
  const { entityRef, readiness } = useGovernance();
  const smoApi = useApi(smoApiRef);
  const history = useAsyncRetry(
    () => smoApi.getHistory(entityRef),
    [smoApi, entityRef, readiness.evaluatedAt],
  );

  let content;
  if (history.loading && !history.value) {
    content = <Progress />;
  } else if (history.error) {
    content = <ErrorState error={history.error} onRetry={history.retry} />;
  } else if (!history.value || history.value.items.length === 0) {
    content = (
      <Typography variant="body2">
        No score history yet: it starts with the first sweep.
      </Typography>
    );
  } else {
    content = (
      <>
        <ScoreTrendChart
          items={history.value.items}
          now={DateTime.now().toMillis()}
        />
        <Typography variant="caption" color="textSecondary" component="p">
          {describeTrend(history.value.items)}
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
