import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { smoPermissions } from '@smo-backstage/plugin-smo-common';
import { smoChecksExtensionPoint } from '@smo-backstage/plugin-smo-node';
import { DateTime } from 'luxon';
import { registerActions } from './actions';
import { CatalogReader } from './catalog/CatalogReader';
import { readReadinessConfig } from './config';
import { ContributedChecks } from './engine/ContributedChecks';
import { buildCheckPlan } from './engine/plan';
import { createRouter } from './router/createRouter';
import { ReadinessService } from './service/ReadinessService';
import { migrateDatabase } from './store/migrations';
import { ReadinessStore } from './store/ReadinessStore';

/**
 * The SMO backend plugin: readiness, gatekeeper workflow and their HTTP API.
 *
 * @public
 */
export const smoPlugin = createBackendPlugin({
  pluginId: 'smo',
  register(env) {
    const contributed = new ContributedChecks();
    env.registerExtensionPoint(smoChecksExtensionPoint, contributed);

    env.registerInit({
      deps: {
        actionsRegistry: actionsRegistryServiceRef,
        auditor: coreServices.auditor,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
      },
      async init(deps) {
        const { config, logger, scheduler } = deps;
        const readinessConfig = readReadinessConfig(config);
        const { checks, factProviders } = contributed.lock();
        const plan = buildCheckPlan(readinessConfig, checks);

        const store = ReadinessStore.create(
          await migrateDatabase(deps.database),
        );
        const reader = CatalogReader.create({
          catalog: deps.catalog,
          auth: deps.auth,
          entityFilter: readinessConfig.entityFilter,
        });
        const readiness = ReadinessService.create({
          reader,
          store,
          checks: plan,
          factProviders,
          logger,
        });

        deps.permissionsRegistry.addPermissions(smoPermissions);
        registerActions({
          actionsRegistry: deps.actionsRegistry,
          catalog: deps.catalog,
          readiness,
        });

        // Global scope: with several replicas on one database, each run happens on one of them.
        await scheduler.scheduleTask({
          id: 'smo-readiness-sweep',
          scope: 'global',
          ...readinessConfig.schedule,
          fn: async () => {
            await readiness.sweep();
          },
        });
        await scheduler.scheduleTask({
          id: 'smo-readiness-prune',
          scope: 'global',
          frequency: { hours: 24 },
          timeout: { minutes: 10 },
          initialDelay: { minutes: 5 },
          fn: async () => {
            const before = DateTime.utc()
              .minus({ days: readinessConfig.historyRetentionDays })
              .toISO()!;
            const deleted = await store.prune(before);
            logger.info(
              `SMO readiness: pruned ${deleted} history rows older than ${before}`,
            );
          },
        });

        deps.httpRouter.use(await createRouter({ ...deps, readiness, store }));
        logger.info(
          `SMO readiness: ${plan.length} checks in force (${checks.length} contributed)`,
        );
      },
    });
  },
});
