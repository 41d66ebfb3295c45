import { GaugeCard, InfoCard } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Link from '@material-ui/core/Link';
import { categoryTitle } from '../readiness/checkPresentation';
import { PortfolioSummary, RiskCount } from './aggregate';
import { RiskList } from './RiskList';
import { refLabel } from './refLabel';

const components = (n: number) => `${n} component${n === 1 ? '' : 's'}`;
const notReadyOf = (c: RiskCount) =>
  `${c.notReady} of ${c.components} not ready`;

/** A group name that narrows the table to that group when clicked. */
function FilterLink(props: { label: string; onClick?: () => void }) {
  if (!props.onClick) {
    return <>{props.label}</>;
  }
  return (
    <Link
      component="button"
      variant="body2"
      align="left"
      onClick={props.onClick}
      aria-label={`Show only ${props.label}`}
    >
      {props.label}
    </Link>
  );
}

/**
 * The portfolio in business terms: how much is ready, which ITIL areas block most, which services and which teams
 * are at risk. Offerings and owners can be clicked to filter the table.
 */
export function SummaryTiles(props: {
  summary: PortfolioSummary;
  onOffering(offeringRef: string): void;
  onOwner(ownerRef: string): void;
}) {
  const { summary, onOffering, onOwner } = props;
  const totalBlockers = summary.byCategory.reduce((n, c) => n + c.blockers, 0);
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={3}>
        <GaugeCard
          variant="gridItem"
          title="Ready for service"
          subheader={
            summary.readyPercent === undefined
              ? 'No scored components'
              : `${summary.ready} of ${components(summary.components)} ready`
          }
          progress={
            summary.components === 0 ? 0 : summary.ready / summary.components
          }
        />
      </Grid>
      <Grid item xs={12} md={3}>
        <InfoCard title="Blockers by area" variant="gridItem">
          <RiskList
            ariaLabel="Blockers by area"
            counts={summary.byCategory}
            label={c => categoryTitle(c.key)}
            detail={c =>
              `${c.blockers} blocker${
                c.blockers === 1 ? '' : 's'
              } in ${components(c.components)}`
            }
            share={c => (totalBlockers === 0 ? 0 : c.blockers / totalBlockers)}
            empty="No blockers."
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={3}>
        <InfoCard title="Services at risk" variant="gridItem">
          <RiskList
            ariaLabel="Services at risk"
            counts={summary.byOffering.filter(c => c.notReady > 0)}
            label={c => (
              <FilterLink
                label={
                  c.key
                    ? refLabel(c.key, 'serviceoffering')
                    : 'No service offering'
                }
                onClick={c.key ? () => onOffering(c.key) : undefined}
              />
            )}
            detail={notReadyOf}
            share={c => c.notReady / c.components}
            empty="Every service offering is delivered by ready components."
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={3}>
        <InfoCard title="Teams with blockers" variant="gridItem">
          <RiskList
            ariaLabel="Teams with blockers"
            counts={summary.byOwner.filter(c => c.notReady > 0)}
            label={c => (
              <FilterLink
                label={c.key ? refLabel(c.key, 'group') : 'No owner'}
                onClick={c.key ? () => onOwner(c.key) : undefined}
              />
            )}
            detail={notReadyOf}
            share={c => c.notReady / c.components}
            empty="No team has a component that is not ready."
          />
        </InfoCard>
      </Grid>
    </Grid>
  );
}
