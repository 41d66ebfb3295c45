import { InfoCard, Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { RollupResult } from '@smo-backstage/plugin-smo-common';
import { absoluteTime, relativeTime } from '../readiness/relativeTime';
import { ScoreGauge } from '../readiness/ScoreGauge';
import { VerdictChip } from '../readiness/VerdictChip';
import { AtRiskChip } from './AtRiskChip';
import { DependencyPaths } from './DependencyPath';
import {
  acceptedRiskText,
  KIND_NOUNS,
  membersText,
  portfolioSearch,
} from './rollupText';
import { usePortfolioLink } from './usePortfolioLink';

/**
 * A roll-up at a glance: verdict (and "at risk" beside it), score, members in words, the offering's own blockers,
 * each dependency path at risk, accepted risk, and a link to every component in the portfolio.
 */
export function RollupSummaryCard(props: {
  rollup: RollupResult;
  /** Shown as it was recorded then, not now. */
  asOf?: string;
}) {
  const { rollup } = props;
  const noun = KIND_NOUNS[rollup.kind];
  const portfolio = usePortfolioLink(
    portfolioSearch(rollup.kind, rollup.entityRef),
  );
  const { acceptedRisk } = rollup;
  return (
    <InfoCard
      title="Readiness"
      subheader={[
        `Rolled up from the ${noun}'s components`,
        rollup.tier,
        props.asOf
          ? `recorded ${absoluteTime(rollup.evaluatedAt)}`
          : `evaluated ${relativeTime(rollup.evaluatedAt)}`,
      ]
        .filter(Boolean)
        .join(' · ')}
    >
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 16 }}
      >
        <Box width={140} flexShrink={0}>
          <ScoreGauge score={rollup.score} size="small" />
        </Box>
        <Box display="flex" style={{ gap: 8 }}>
          <VerdictChip verdict={rollup.verdict} size="medium" />
          {rollup.atRisk && <AtRiskChip size="medium" />}
        </Box>
      </Box>
      <Typography variant="body1" paragraph>
        {membersText(rollup)}.
      </Typography>
      {rollup.blockers.length > 0 && (
        <Typography variant="body2" paragraph>
          The {noun}'s own blocking checks not met: {rollup.blockers.join(', ')}
          .
        </Typography>
      )}
      {rollup.atRisk && (
        <Box mb={2}>
          <Typography variant="body2">
            At risk through the offerings it depends on:
          </Typography>
          <DependencyPaths
            risks={rollup.dependencyRisks}
            label="Dependency paths at risk"
          />
        </Box>
      )}
      <Typography variant="body2" paragraph>
        Accepted risk: {acceptedRiskText(acceptedRisk)}
        {acceptedRisk.waivers > 0 &&
          ` (on ${acceptedRisk.waivedComponents} ${
            acceptedRisk.waivedComponents === 1 ? 'component' : 'components'
          })`}
        .
      </Typography>
      <Typography variant="body2">
        <Link to={portfolio} underline="always">
          Every component of this {noun} in the portfolio
        </Link>
      </Typography>
    </InfoCard>
  );
}
