import { PageBlueprint } from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import AssignmentTurnedIn from '@material-ui/icons/AssignmentTurnedIn';
import { ROLLUP_KINDS, SMO_KINDS } from '@smo-backstage/plugin-smo-common';
import {
  GOVERNANCE_TAB_PATH,
  rootRouteRef,
  SERVICE_LEVELS_TAB_PATH,
} from './routes';

/** `entity-content:smo/governance`: the Governance tab of every Component, with the gatekeeper sections. */
export const entityGovernanceContent = EntityContentBlueprint.make({
  name: 'governance',
  params: {
    path: GOVERNANCE_TAB_PATH,
    title: 'Governance',
    filter: { kind: 'component' },
    loader: () =>
      import('./components/gatekeeper/GovernanceTab').then(m => (
        <m.GovernanceTab />
      )),
  },
});

/**
 * `entity-content:smo/rollup`: the Governance tab of ServiceOfferings, Systems and Groups, with readiness rolled up
 * from their components (same path as the Component tab; the filters do not overlap).
 */
export const entityRollupContent = EntityContentBlueprint.make({
  name: 'rollup',
  params: {
    path: GOVERNANCE_TAB_PATH,
    title: 'Governance',
    filter: { kind: { $in: [...ROLLUP_KINDS] } },
    loader: () =>
      import('./components/rollups/EntityRollupContent').then(m => (
        <m.EntityRollupContent />
      )),
  },
});

/** `entity-content:smo/service-levels`: the Service levels tab of ServiceLevelAgreements and ServiceOfferings. */
export const entityServiceLevelsContent = EntityContentBlueprint.make({
  name: 'service-levels',
  params: {
    path: SERVICE_LEVELS_TAB_PATH,
    title: 'Service levels',
    filter: {
      kind: {
        $in: [SMO_KINDS.serviceLevelAgreement, SMO_KINDS.serviceOffering],
      },
    },
    loader: () =>
      import('./components/serviceLevels/EntityServiceLevelsContent').then(
        m => <m.EntityServiceLevelsContent />,
      ),
  },
});

/** `entity-card:smo/readiness`: readiness at a glance on the overview of a Component, ServiceOffering, System or Group. */
export const entityReadinessCard = EntityCardBlueprint.make({
  name: 'readiness',
  params: {
    filter: { kind: { $in: ['component', ...ROLLUP_KINDS] } },
    loader: () =>
      import('./components/card/EntityReadinessCard').then(m => (
        <m.EntityReadinessCard />
      )),
  },
});

/**
 * `page:smo`: the portfolio at `/smo`, with a campaign's page at `/smo/campaigns/<id>` and an improvement's at
 * `/smo/improvements/<id>` routed inside it; its title and icon make the "SMO" sidebar item.
 */
export const smoPortfolioPage = PageBlueprint.make({
  params: {
    path: '/smo',
    title: 'SMO',
    icon: <AssignmentTurnedIn fontSize="inherit" />,
    routeRef: rootRouteRef,
    // The page brings its own Backstage header, as it does in the legacy frontend system.
    noHeader: true,
    loader: () =>
      import('./components/portfolio/SmoPage').then(m => <m.SmoPage />),
  },
});
