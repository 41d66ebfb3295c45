import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { smoApiRef } from './api/SmoApi';
import { SmoClient } from './api/SmoClient';
import type { EntityGovernanceContentProps } from './components/governance';

/** Route of the portfolio page in the legacy frontend system; bind it with `<Route path="/smo" …>`. @public */
export const smoRootRouteRef = createRouteRef({ id: 'smo' });

/**
 * The SMO plugin for the legacy frontend system (`createApp` from `@backstage/app-defaults`): registers the SMO API.
 *
 * @public
 */
export const smoLegacyPlugin = createPlugin({
  id: 'smo',
  apis: [
    createApiFactory({
      api: smoApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new SmoClient(deps),
    }),
  ],
  routes: { root: smoRootRouteRef },
});

/**
 * Legacy: the SMO page, mounted at `/smo` in App.tsx: the portfolio, with a campaign's page at `/smo/campaigns/<id>`
 * and an improvement's at `/smo/improvements/<id>` routed inside it.
 *
 * @public
 */
export const SmoPortfolioPage: () => JSX.Element = smoLegacyPlugin.provide(
  createRoutableExtension({
    name: 'SmoPortfolioPage',
    component: () =>
      import('./components/portfolio/SmoPage').then(m => m.SmoPage),
    mountPoint: smoRootRouteRef,
  }),
);

/**
 * Legacy: the Governance tab with the gatekeeper sections (handover, waivers, attestations, decision log), for
 * `<EntityLayout.Route path="/governance">` of Components; children are added as further sections.
 *
 * @public
 */
export const EntityGovernanceContent: (
  props: EntityGovernanceContentProps,
) => JSX.Element = smoLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityGovernanceContent',
    component: {
      lazy: () =>
        import('./components/gatekeeper/GovernanceTab').then(
          m => m.GovernanceTab,
        ),
    },
  }),
);

/** Legacy: the readiness card for the overview of a Component, ServiceOffering, System or Group. @public */
export const EntityReadinessCard: () => JSX.Element = smoLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityReadinessCard',
    component: {
      lazy: () =>
        import('./components/card/EntityReadinessCard').then(
          m => m.EntityReadinessCard,
        ),
    },
  }),
);

/**
 * Legacy: the Service levels tab of ServiceLevelAgreements and ServiceOfferings, for
 * `<EntityLayout.Route path="/service-levels">` of their entity pages.
 *
 * @public
 */
export const EntityServiceLevelsContent: () => JSX.Element =
  smoLegacyPlugin.provide(
    createComponentExtension({
      name: 'EntityServiceLevelsContent',
      component: {
        lazy: () =>
          import('./components/serviceLevels/EntityServiceLevelsContent').then(
            m => m.EntityServiceLevelsContent,
          ),
      },
    }),
  );

/**
 * Legacy: the Governance tab of ServiceOfferings, Systems and Groups (readiness rolled up from their components, with
 * an "As of" date), for `<EntityLayout.Route path="/governance">` of their entity pages.
 *
 * @public
 */
export const EntityRollupContent: () => JSX.Element = smoLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityRollupContent',
    component: {
      lazy: () =>
        import('./components/rollups/EntityRollupContent').then(
          m => m.EntityRollupContent,
        ),
    },
  }),
);
