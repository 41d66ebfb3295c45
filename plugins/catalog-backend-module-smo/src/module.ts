import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { SmoEntitiesProcessor } from './SmoEntitiesProcessor';
import { warnIfSmoKindsAllowedEverywhere } from './trustBoundary';

/**
 * Adds the SMO entity kinds to the catalog.
 *
 * @public
 */
export const catalogModuleSmo = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'smo',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ catalog, config, logger }) {
        catalog.addProcessor(new SmoEntitiesProcessor());
        warnIfSmoKindsAllowedEverywhere(config, logger);
      },
    });
  },
});
