import { ComponentProps } from 'react';
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

/** A quarter-width tile listing groups ranked by risk. */
function RiskTile(
  props: Omit<ComponentProps<typeof RiskList>, 'ariaLabel'> & { title: string },
) {
  const { title, ...list } = props;
  return (
    <Grid item xs={12} md={3}>
      <InfoCard title={title} variant="gridItem">
        <RiskList ariaLabel={title} {...list} />
      </InfoCard>
    </Grid>
  );
}

/** A {@link RiskTile} of the groups with components that are not ready; a group's name filters the table to it. */
function NotReadyTile(props: {
  title: string;
  counts: RiskCount[];
  name(key: string): string;
  none: string;
  onFilter(key: string): void;
  empty: string;
}) {
  const { name, none, onFilter, ...tile } = props;
  return (
    <RiskTile
      {...tile}
      counts={props.counts.filter(c => c.notReady > 0)}
      label={c => (
        <FilterLink
          label={c.key ? name(c.key) : none}
          onClick={c.key ? () => onFilter(c.key) : undefined}
        />
      )}
      detail={notReadyOf}
      share={c => c.notReady / c.components}
    />
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
      <RiskTile
        title="Blockers by area"
        counts={summary.byCategory}
        label={c => categoryTitle(c.key)}
        detail={c =>
          `${c.blockers} blocker${c.blockers === 1 ? '' : 's'} in ${components(
            c.components,
          )}`
        }
        share={c => (totalBlockers === 0 ? 0 : c.blockers / totalBlockers)}
        empty="No blockers."
      />
      <NotReadyTile
        title="Services at risk"
        counts={summary.byOffering}
        name={key => refLabel(key, 'serviceoffering')}
        none="No service offering"
        onFilter={onOffering}
        empty="Every service offering is delivered by ready components."
      />
      <NotReadyTile
        title="Teams with blockers"
        counts={summary.byOwner}
        name={key => refLabel(key, 'group')}
        none="No owner"
        onFilter={onOwner}
        empty="No team has a component that is not ready."
      />
    </Grid>
  );
}
