import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { createChangesRouter } from './changes/changesRouter';
import { SmoEntitiesProcessor } from './SmoEntitiesProcessor';
import { warnIfSmoKindsAllowedEverywhere } from './trustBoundary';

/**
 * Adds the SMO entity kinds to the catalog, and a change signal for the SMO readiness sweep
 * (`GET /api/catalog/smo/changes`, service principals only).
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
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
      },
      async init({ catalog, config, database, httpAuth, httpRouter, logger }) {
        catalog.addProcessor(new SmoEntitiesProcessor());
        warnIfSmoKindsAllowedEverywhere(config, logger);
        // The catalog's own database (a module shares its plugin's), read but never written.
        httpRouter.use(
          createChangesRouter({
            database: () => database.getClient(),
            httpAuth,
          }),
        );
      },
    });
  },
});
