import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { SmoEntitiesProcessor } from './SmoEntitiesProcessor';

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
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new SmoEntitiesProcessor());
      },
    });
  },
});
