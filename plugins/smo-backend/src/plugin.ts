import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  SEPARATION_OF_DUTIES_DEFAULTS,
  SeparationOfDuties,
  smoPermissions,
} from '@smo-backstage/plugin-smo-common';
import { smoChecksExtensionPoint } from '@smo-backstage/plugin-smo-node';
import { registerActions } from './actions';
import { CatalogReader } from './catalog/CatalogReader';
import { readReadinessConfig } from './config';
import { ContributedChecks } from './engine/ContributedChecks';
import { buildCheckPlan } from './engine/plan';
import { EvidenceService } from './gatekeeper/EvidenceService';
import { HandoverService } from './gatekeeper/HandoverService';
import { Notifier } from './gatekeeper/Notifier';
import { RoleResolver } from './gatekeeper/RoleResolver';
import { readGatekeeperConfig } from './gatekeeperConfig';
import { createRouter } from './router/createRouter';
import { scheduleTasks } from './scheduleTasks';
import { notifyRegressions } from './service/notifyRegressions';
import { ReadinessService } from './service/ReadinessService';
import { storeEvidenceSource } from './service/storeEvidenceSource';
import { Gatekeeper } from './store/Gatekeeper';
import { migrateDatabase } from './store/migrations';
import { ReadinessStore } from './store/ReadinessStore';

/**
 * The SMO backend plugin: readiness, gatekeeper workflow and their HTTP API. Wires services only.
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
        notifications: notificationService,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
      },
      async init(deps) {
        const { auth, catalog, config, logger } = deps;
        const readinessConfig = readReadinessConfig(config);
        const gatekeeperConfig = readGatekeeperConfig(config);
        const relaxed = Object.entries(
          gatekeeperConfig.separationOfDuties,
        ).filter(
          ([key, value]) =>
            value !==
            SEPARATION_OF_DUTIES_DEFAULTS[key as keyof SeparationOfDuties],
        );
        if (relaxed.length > 0) {
          logger.warn(
            `Separation of duties relaxed by configuration: ${relaxed
              .map(([key, value]) => `smo.separationOfDuties.${key}=${value}`)
              .join(
                ', ',
              )}; one person can then do what the defaults give to two`,
          );
        }
        const { checks, factProviders } = contributed.lock();
        const plan = buildCheckPlan(readinessConfig, checks);

        const db = await migrateDatabase(deps.database);
        const store = ReadinessStore.create(db);
        const gatekeeper = Gatekeeper.create(db);
        const notifier = Notifier.create({
          notifications: deps.notifications,
          logger,
        });
        const roles = RoleResolver.create({
          catalog,
          auth,
          smoGroup: gatekeeperConfig.smoGroup,
        });
        const reader = CatalogReader.create({
          catalog,
          auth,
          entityFilter: readinessConfig.entityFilter,
        });
        const readiness = ReadinessService.create({
          reader,
          store,
          checks: plan,
          factProviders,
          evidence: storeEvidenceSource(gatekeeper.stores.evidence, plan),
          logger,
          onRegressions: regressions =>
            notifyRegressions(notifier, regressions),
        });
        const evidence = EvidenceService.create({
          gatekeeper,
          checks: plan,
          config: gatekeeperConfig,
          notifier,
        });
        const handovers = HandoverService.create({
          gatekeeper,
          readiness,
          roles,
          notifier,
          config: gatekeeperConfig,
        });

        deps.permissionsRegistry.addPermissions(smoPermissions);
        registerActions({
          actionsRegistry: deps.actionsRegistry,
          catalog,
          readiness,
        });
        await scheduleTasks({
          scheduler: deps.scheduler,
          logger,
          readinessConfig,
          readiness,
          store,
          evidence,
        });

        deps.httpRouter.use(
          await createRouter({
            ...deps,
            reader,
            serveStoredDuringCatalogOutage:
              readinessConfig.serveStoredDuringCatalogOutage,
            readiness,
            store,
            gatekeeper,
            evidence,
            handovers,
          }),
        );
        logger.info(
          `SMO readiness: ${plan.length} checks in force (${checks.length} contributed)`,
        );
      },
    });
  },
});
