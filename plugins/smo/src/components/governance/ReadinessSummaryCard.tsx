import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { DetailsTable } from '../common';
import { absoluteTime, relativeTime } from '../readiness/relativeTime';
import { ScoreGauge } from '../readiness/ScoreGauge';
import { VerdictChip } from '../readiness/VerdictChip';
import { useGovernance } from './GovernanceContext';
import { RefreshButton } from './RefreshButton';
import { levelText } from './levelText';
import { TierSource } from './TierSource';

/** Score gauge, verdict, tier and its source, the ladder level (when configured), when it was evaluated, and the refresh action. */
export function ReadinessSummaryCard() {
  const { readiness } = useGovernance();
  const level = readiness.level && levelText(readiness.level);
  return (
    <InfoCard title="Readiness score" variant="gridItem">
      <ScoreGauge score={readiness.score} />
      <Box display="flex" justifyContent="center" my={1}>
        <VerdictChip verdict={readiness.verdict} size="medium" />
      </Box>
      <DetailsTable
        rows={{
          'Service tier': (
            <>
              <Typography variant="body2" component="span">
                <strong>{readiness.tier}</strong>{' '}
              </Typography>
              <TierSource source={readiness.tierSource} />
            </>
          ),
          ...(level && {
            Level: (
              <Typography variant="body2" component="span">
                {level.reached}
                {level.next && (
                  <>
                    <br />
                    {level.next}
                  </>
                )}
              </Typography>
            ),
          }),
          'Last evaluated': (
            <time
              dateTime={readiness.evaluatedAt}
              title={absoluteTime(readiness.evaluatedAt)}
            >
              {relativeTime(readiness.evaluatedAt)}
            </time>
          ),
        }}
      />
      <Box mt={2}>
        <RefreshButton />
      </Box>
    </InfoCard>
  );
}
