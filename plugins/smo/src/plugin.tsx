import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { smoApiRef } from './api/SmoApi';
import { SmoClient } from './api/SmoClient';
import { smoEntityCards } from './components/kinds';

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
 * The SMO frontend plugin for the new frontend system: the SMO API and the entity page cards for ServiceOffering,
 * ServiceLevelAgreement, ProcessOwner and Component.
 *
 * @public
 */
export const smoPlugin = createFrontendPlugin({
  pluginId: 'smo',
  extensions: [smoApi, ...smoEntityCards],
});
