import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { smoIncidentSourcesExtensionPoint } from '@smo-backstage/plugin-smo-node';
import { DateTime } from 'luxon';
import { demoIncidentYear } from './demoIncidentYear';

/**
 * Demo only: Northwind's year of incidents as an incident source of the SMO plugin's service levels, for the twelve
 * months before the one the backend started in (see {@link demoIncidentYear}). Generated rather than read from a file
 * with fixed dates, so the last closed month always has the story the demo shows, whatever the date. Real portfolios
 * read `smo.serviceLevels.incidents.files` or a connector module; see docs/service-levels.md.
 */
export default createBackendModule({
  pluginId: 'smo',
  moduleId: 'northwind-demo-incidents',
  register(reg) {
    reg.registerInit({
      deps: {
        incidentSources: smoIncidentSourcesExtensionPoint,
        logger: coreServices.logger,
      },
      async init({ incidentSources, logger }) {
        const started = DateTime.utc();
        const records = demoIncidentYear(started);
        incidentSources.addIncidentSource({
          id: 'northwind-demo',
          read: async () => records,
        });
        logger.info(
          `Demo: ${
            records.length
          } incidents of the twelve months before ${started.toFormat(
            'yyyy-MM',
          )}`,
        );
      },
    });
  },
});
