import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { GOVERNANCE_TAB_PATH } from '../../routes';
import { errorStatus } from '../readiness/errors';
import { ErrorState, RetryButton } from '../readiness/ErrorState';
import { relativeTime } from '../readiness/relativeTime';
import { ScoreGauge } from '../readiness/ScoreGauge';
import { VerdictChip } from '../readiness/VerdictChip';
import { AtRiskChip } from './AtRiskChip';
import { dependencyPathText, membersText } from './rollupText';

/**
 * A ServiceOffering's, System's or Group's readiness at a glance: verdict, score, "N of M components ready", whether
 * it is at risk and through which offering, and a link to its Governance tab.
 */
export function RollupReadinessCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const smoApi = useApi(smoApiRef);
  const entityLink = useEntityRefLink();
  const rollup = useAsyncRetry(
    () => smoApi.getRollup(entityRef),
    [smoApi, entityRef],
  );
  const tabLink = {
    title: 'View governance',
    link: `${entityLink(entity)}/${GOVERNANCE_TAB_PATH}`,
  };

  let content;
  if (rollup.error && !rollup.loading) {
    content =
      errorStatus(rollup.error) === 404 ? (
        <>
          <Typography variant="body2" paragraph>
            Not rolled up yet: roll-ups are computed at the end of each
            readiness sweep, for what has scored components.
          </Typography>
          <RetryButton onRetry={rollup.retry} />
        </>
      ) : (
        <ErrorState error={rollup.error} onRetry={rollup.retry} />
      );
  } else if (!rollup.value) {
    content = <Progress />;
  } else {
    const value = rollup.value;
    const risk = value.dependencyRisks[0];
    return (
      <InfoCard
        title="Service readiness"
        subheader={[value.tier, `evaluated ${relativeTime(value.evaluatedAt)}`]
          .filter(Boolean)
          .join(' · ')}
        deepLink={tabLink}
      >
        <Box display="flex" alignItems="center" style={{ gap: 16 }}>
          <Box width={120} flexShrink={0}>
            <ScoreGauge score={value.score} size="small" />
          </Box>
          <Box>
            <Box display="flex" style={{ gap: 8 }} mb={1}>
              <VerdictChip verdict={value.verdict} size="medium" />
              {value.atRisk && <AtRiskChip size="medium" />}
            </Box>
            <Typography variant="body2">{membersText(value)}.</Typography>
            {risk && (
              <Typography variant="body2">
                Depends on: {dependencyPathText(risk)}
                {value.dependencyRisks.length > 1 &&
                  ` and ${value.dependencyRisks.length - 1} more`}
                .
              </Typography>
            )}
          </Box>
        </Box>
      </InfoCard>
    );
  }
  return (
    <InfoCard title="Service readiness" deepLink={tabLink}>
      {content}
    </InfoCard>
  );
}
