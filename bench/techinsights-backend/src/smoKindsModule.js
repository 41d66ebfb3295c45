// Lets this catalog accept the SMO kinds of the generated catalog (ServiceOffering, ServiceLevelAgreement,
// ProcessOwner) without the product's catalog module: any entity of the SMO apiVersion is accepted as is.
const { createBackendModule } = require('@backstage/backend-plugin-api');
const {
  catalogProcessingExtensionPoint,
} = require('@backstage/plugin-catalog-node');

const { AcceptSmoKindsProcessor } = require('./acceptSmoKindsProcessor');

exports.default = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'bench-smo-kinds',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new AcceptSmoKindsProcessor());
      },
    });
  },
});
