import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { smoApiRef } from './api/SmoApi';
import { SmoClient } from './api/SmoClient';
import { smoEntityCards } from './components/kinds';
import {
  entityGovernanceContent,
  entityReadinessCard,
  entityRollupContent,
  entityServiceLevelsContent,
  smoPortfolioPage,
} from './extensions';
import { rootRouteRef } from './routes';

/** Registers {@link SmoClient} as the implementation of `smoApiRef`. */
export const smoApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: smoApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new SmoClient(deps),
    }),
});

/**
 * The SMO frontend plugin for the new frontend system: the SMO API, the Governance tab and readiness card of
 * Components, ServiceOfferings, Systems and Groups (their readiness rolled up), the portfolio page at `/smo` (with its sidebar item), and the entity page cards for ServiceOffering,
 * ServiceLevelAgreement, ProcessOwner and Component.
 *
 * @public
 */
export const smoPlugin = createFrontendPlugin({
  pluginId: 'smo',
  title: 'SMO',
  routes: { root: rootRouteRef },
  extensions: [
    smoApi,
    smoPortfolioPage,
    entityGovernanceContent,
    entityRollupContent,
    entityServiceLevelsContent,
    entityReadinessCard,
    ...smoEntityCards,
  ],
});
