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
import {
  smoChecksExtensionPoint,
  smoIncidentSourcesExtensionPoint,
} from '@smo-backstage/plugin-smo-node';
import { registerActions } from './actions';
import { HttpCatalogChangeSignal } from './catalog/CatalogChangeSignal';
import { CatalogReader } from './catalog/CatalogReader';
import { readReadinessConfig } from './config';
import { ContributedChecks } from './engine/ContributedChecks';
import { buildCheckPlan } from './engine/plan';
import { DefaultDecisionLogService } from './gatekeeper/DefaultDecisionLogService';
import { DefaultEvidenceService } from './gatekeeper/DefaultEvidenceService';
import { DefaultHandoverService } from './gatekeeper/DefaultHandoverService';
import { evidenceInForce } from './gatekeeper/evidenceInForce';
import { Notifier } from './gatekeeper/Notifier';
import { RoleResolver } from './gatekeeper/RoleResolver';
import { readGatekeeperConfig } from './gatekeeperConfig';
import { createRouter } from './router/createRouter';
import { scheduleTasks } from './scheduleTasks';
import { ContributedIncidentSources } from './serviceLevels/ContributedIncidentSources';
import { DefaultServiceLevelService } from './serviceLevels/DefaultServiceLevelService';
import { DefaultServiceLevelReports } from './serviceLevels/DefaultServiceLevelReports';
import { serviceLevelFacts } from './serviceLevels/serviceLevelFacts';
import { exitCriteriaPort } from './serviceLevels/earlyLifeSupportExit';
import { AuthorizedServiceLevelReports } from './service/authorized/AuthorizedServiceLevelReports';
import { FileIncidentSource } from './serviceLevels/FileIncidentSource';
import { readServiceLevelsConfig } from './serviceLevelsConfig';
import { AuthorizedDecisionLogService } from './service/authorized/AuthorizedDecisionLogService';
import { AuthorizedEvidenceService } from './service/authorized/AuthorizedEvidenceService';
import { AuthorizedHandoverService } from './service/authorized/AuthorizedHandoverService';
import { AuthorizedReadinessService } from './service/authorized/AuthorizedReadinessService';
import { EntityVisibility } from './service/authorized/EntityVisibility';
import { DefaultReadinessService } from './service/DefaultReadinessService';
import { notifyRegressions } from './service/notifyRegressions';
import { Gatekeeper } from './store/Gatekeeper';
import { migrateDatabase } from './store/migrations';
import { ServiceLevelStore } from './store/ServiceLevelStore';
import { ReadinessStore } from './store/ReadinessStore';
import { RollupStore } from './store/RollupStore';
import { StandardStore } from './store/StandardStore';
import { DefaultRollupService } from './rollup/DefaultRollupService';
import { AuthorizedRollupService } from './service/authorized/AuthorizedRollupService';
import { DefaultImprovementService } from './improvement/DefaultImprovementService';
import { AuthorizedImprovementService } from './service/authorized/AuthorizedImprovementService';
import { ImprovementStore } from './store/ImprovementStore';
import {
  assertCampaignChecks,
  readCampaigns,
} from './campaigns/campaignsConfig';
import { DefaultCampaignService } from './campaigns/DefaultCampaignService';
import { CampaignStore } from './store/CampaignStore';
import { AuthorizedCampaignService } from './service/authorized/AuthorizedCampaignService';

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
    const incidentSources = new ContributedIncidentSources();
    env.registerExtensionPoint(
      smoIncidentSourcesExtensionPoint,
      incidentSources,
    );

    env.registerInit({
      deps: {
        actionsRegistry: actionsRegistryServiceRef,
        auditor: coreServices.auditor,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        database: coreServices.database,
        discovery: coreServices.discovery,
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
        const campaigns = readCampaigns(config);
        assertCampaignChecks(campaigns, new Set(plan.map(c => c.id)));

        const db = await migrateDatabase(deps.database);
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
        const serviceLevelsConfig = readServiceLevelsConfig(config);
        const sources = [
          ...serviceLevelsConfig.incidentFiles.map(
            file => new FileIncidentSource(file),
          ),
          ...incidentSources.lock(),
        ];
        const serviceLevelStore = ServiceLevelStore.create(db);
        // Without a source there is nothing to measure: no figures, and sla.attainment is not applicable.
        const measured = sources.length > 0;
        const serviceLevelReports = new DefaultServiceLevelReports({
          reader,
          store: serviceLevelStore,
          measured,
        });
        const { earlyLifeSupportExit } = serviceLevelsConfig;
        if (earlyLifeSupportExit && !measured) {
          logger.warn(
            'smo.serviceLevels.earlyLifeSupportExit is set but no incident source is configured: early-life support cannot be completed until service levels are measured',
          );
        }
        // Readiness and the gatekeeper meet through the port in ports.ts: the engine reads the evidence in force,
        // the gatekeeper asks readiness to check, evaluate and re-evaluate.
        const readinessStore = ReadinessStore.create(db);
        const rollupStore = RollupStore.create(db);
        const standardStore = StandardStore.create(db);
        const campaignStore = CampaignStore.create(db);
        const readiness = DefaultReadinessService.create({
          reader,
          catalogSignal: HttpCatalogChangeSignal.create({
            discovery: deps.discovery,
            auth,
            logger,
          }),
          store: readinessStore,
          rollups: rollupStore,
          standards: standardStore,
          ladder: readinessConfig.levels,
          campaigns,
          campaignMembers: campaignStore,
          checks: plan,
          factProviders: [
            ...factProviders,
            ...(measured ? [serviceLevelFacts(serviceLevelStore)] : []),
          ],
          evidence: evidenceInForce(gatekeeper.stores.evidence, plan),
          logger,
          onRegressions: regressions =>
            notifyRegressions(notifier, regressions),
          // Results follow the configuration and the contributed checks' code: no sweep skips across a change of them.
          inputsSalt: JSON.stringify([
            config.getOptional('smo') ?? null,
            checks.map(c => `${c.id} ${c.evaluate}`),
          ]),
        });
        const evidence = DefaultEvidenceService.create({
          gatekeeper,
          readiness,
          checks: plan,
          campaigns,
          config: gatekeeperConfig,
          notifier,
        });
        const handovers = DefaultHandoverService.create({
          gatekeeper,
          readiness,
          roles,
          notifier,
          config: gatekeeperConfig,
          serviceLevels:
            earlyLifeSupportExit &&
            exitCriteriaPort({
              reports: serviceLevelReports,
              auth,
              criteria: earlyLifeSupportExit,
            }),
        });

        deps.permissionsRegistry.addPermissions(smoPermissions);
        registerActions({
          actionsRegistry: deps.actionsRegistry,
          catalog,
          readiness,
        });
        const serviceLevels = measured
          ? new DefaultServiceLevelService({
              reader,
              store: serviceLevelStore,
              sources,
              logger,
              months: serviceLevelsConfig.months,
              freezeAfter: { days: serviceLevelsConfig.freezeAfterDays },
            })
          : undefined;
        const campaignService = new DefaultCampaignService({
          campaigns,
          store: campaignStore,
          readiness: readinessStore,
          notifier,
          logger,
        });
        await scheduleTasks({
          scheduler: deps.scheduler,
          logger,
          readinessConfig,
          readiness,
          evidence,
          campaigns: campaigns.length > 0 ? campaignService : undefined,
          serviceLevels: serviceLevels && {
            service: serviceLevels,
            schedule: serviceLevelsConfig.schedule,
          },
        });

        // The API gets the services wrapped in permission checks, entity visibility and audit.
        const { auditor, permissions } = deps;
        const visibility = EntityVisibility.create({
          catalog,
          permissions,
          reader,
        });
        const guarded = { visibility, auditor, permissions };

        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            readiness: AuthorizedReadinessService.create({
              ...guarded,
              inner: readiness,
            }),
            evidence: AuthorizedEvidenceService.create({
              ...guarded,
              inner: evidence,
            }),
            handovers: AuthorizedHandoverService.create({
              ...guarded,
              inner: handovers,
            }),
            decisions: AuthorizedDecisionLogService.create({
              ...guarded,
              inner: DefaultDecisionLogService.create({ gatekeeper }),
            }),
            serviceLevels: new AuthorizedServiceLevelReports(
              serviceLevelReports,
              visibility,
            ),
            rollups: new AuthorizedRollupService(
              new DefaultRollupService({
                rollups: rollupStore,
                readiness: readinessStore,
                standards: standardStore,
                serviceLevels: (query, readAs) =>
                  serviceLevelReports.portfolio(query, readAs),
              }),
              visibility,
            ),
            campaigns: new AuthorizedCampaignService(
              campaignService,
              visibility,
            ),
            improvements: AuthorizedImprovementService.create({
              ...guarded,
              inner: new DefaultImprovementService({
                improvements: ImprovementStore.create(db),
                gatekeeper,
                readiness,
                results: readinessStore,
                rollups: rollupStore,
                serviceLevels: serviceLevelStore,
                reader,
                roles,
                notifier,
                checks: plan,
                missedCampaigns: () => campaignService.missed(),
              }),
            }),
          }),
        );
        logger.info(
          `SMO readiness: ${plan.length} checks in force (${checks.length} contributed)`,
        );
      },
    });
  },
});
