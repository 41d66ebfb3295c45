import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { GOVERNANCE_TAB_PATH } from '../../routes';
import { blockerChecks } from '../readiness/checkPresentation';
import { ErrorState } from '../readiness/ErrorState';
import { relativeTime } from '../readiness/relativeTime';
import { ScoreGauge } from '../readiness/ScoreGauge';
import { VerdictChip } from '../readiness/VerdictChip';
import { rollupKindOf } from '../rollups/rollupText';
import { RollupReadinessCard } from '../rollups/RollupReadinessCard';

/** How many blockers the card lists before pointing to the tab. */
const TOP_BLOCKERS = 3;

/**
 * Readiness at a glance on an overview: on a Component its score, verdict, the first blockers and a link to the
 * Governance tab; on a ServiceOffering, System or Group the roll-up of its components.
 *
 * @public
 */
export function EntityReadinessCard() {
  const { entity } = useEntity();
  return rollupKindOf(entity.kind) ? (
    <RollupReadinessCard />
  ) : (
    <ComponentReadinessCard />
  );
}

function ComponentReadinessCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const smoApi = useApi(smoApiRef);
  const entityLink = useEntityRefLink();
  const readiness = useAsyncRetry(
    () => smoApi.getReadiness(entityRef),
    [smoApi, entityRef],
  );
  const tabLink = {
    title: 'View governance',
    link: `${entityLink(entity)}/${GOVERNANCE_TAB_PATH}`,
  };

  if (readiness.error && !readiness.loading) {
    return (
      <InfoCard title="Service readiness">
        <ErrorState
          error={readiness.error}
          onRetry={readiness.retry}
          notFound="The SMO does not score this entity."
        />
      </InfoCard>
    );
  }
  if (readiness.loading || !readiness.value) {
    return (
      <InfoCard title="Service readiness">
        <Progress />
      </InfoCard>
    );
  }

  const result = readiness.value;
  const blockers = blockerChecks(result.checks, result.blockers);
  return (
    <InfoCard
      title="Service readiness"
      subheader={`${result.tier} · evaluated ${relativeTime(
        result.evaluatedAt,
      )}`}
      deepLink={tabLink}
    >
      <Box display="flex" alignItems="center" style={{ gap: 16 }}>
        <Box width={120} flexShrink={0}>
          <ScoreGauge score={result.score} size="small" />
        </Box>
        <Box>
          <VerdictChip verdict={result.verdict} size="medium" />
          {blockers.length === 0 ? (
            <Typography variant="body2">
              Every blocking check is met.
            </Typography>
          ) : (
            <>
              <Typography variant="body2">
                {blockers.length} blocker{blockers.length === 1 ? '' : 's'}
                {blockers.length > TOP_BLOCKERS && `, top ${TOP_BLOCKERS}`}:
              </Typography>
              <ul
                aria-label="Top blockers"
                style={{ margin: 0, paddingLeft: 20 }}
              >
                {blockers.slice(0, TOP_BLOCKERS).map(check => (
                  <li key={check.id}>
                    <Typography variant="body2">
                      <strong>{check.title}</strong> — {check.message}
                    </Typography>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Box>
      </Box>
    </InfoCard>
  );
}
