import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { smoIncidentSourcesExtensionPoint } from '@smo-backstage/plugin-smo-node';
import { readPagerDutyConfig } from './config';
import { PagerDutyIncidentSource } from './PagerDutyIncidentSource';

/**
 * Adds PagerDuty as an incident source of the SMO plugin's service-level management, when
 * `smo.serviceLevels.pagerduty` is configured.
 *
 * @public
 */
export const smoModulePagerDuty = createBackendModule({
  pluginId: 'smo',
  moduleId: 'pagerduty',
  register(reg) {
    reg.registerInit({
      deps: {
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        incidentSources: smoIncidentSourcesExtensionPoint,
        logger: coreServices.logger,
      },
      async init({ auth, catalog, config, incidentSources, logger }) {
        // Read before anything else, so a bad value stops the backend at start-up.
        const pagerDuty = readPagerDutyConfig(config);
        if (!pagerDuty) {
          logger.info(
            'PagerDuty: smo.serviceLevels.pagerduty is not configured; no incidents are read from PagerDuty',
          );
          return;
        }
        incidentSources.addIncidentSource(
          new PagerDutyIncidentSource({
            config: pagerDuty,
            catalog,
            auth,
            logger,
          }),
        );
        logger.info(
          `PagerDuty: reading incidents from ${pagerDuty.baseUrl} for service levels`,
        );
      },
    });
  },
});
