import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { DateTime } from 'luxon';
import { ReadinessConfig } from './config';
import { DefaultEvidenceService } from './gatekeeper/DefaultEvidenceService';
import { DefaultCampaignService } from './campaigns/DefaultCampaignService';
import { DefaultReadinessService } from './service/DefaultReadinessService';
import { DefaultServiceLevelService } from './serviceLevels/DefaultServiceLevelService';

/**
 * The plugin's scheduled work. Global scope: with several replicas on one database, each run
 * happens on exactly one of them.
 */
export async function scheduleTasks(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  readinessConfig: ReadinessConfig;
  readiness: DefaultReadinessService;
  evidence: DefaultEvidenceService;
  /** Present when campaigns are configured: reminds their teams. */
  campaigns?: DefaultCampaignService;
  /** Present when incident sources are configured. */
  serviceLevels?: {
    service: DefaultServiceLevelService;
    schedule: SchedulerServiceTaskScheduleDefinition;
  };
}) {
  const { scheduler, logger, readinessConfig, readiness, evidence } = options;

  if (options.serviceLevels) {
    const { service, schedule } = options.serviceLevels;
    await scheduler.scheduleTask({
      id: 'smo-service-levels',
      scope: 'global',
      ...schedule,
      fn: async () => {
        await service.refresh();
      },
    });
  }

  await scheduler.scheduleTask({
    id: 'smo-readiness-sweep',
    scope: 'global',
    ...readinessConfig.schedule,
    fn: async () => {
      await readiness.sweep();
    },
  });

  if (options.campaigns) {
    const campaigns = options.campaigns;
    // Hourly: each team's reminder goes out once its campaign's cadence has passed since the last (claimed in the DB).
    await scheduler.scheduleTask({
      id: 'smo-campaign-reminders',
      scope: 'global',
      frequency: { hours: 1 },
      timeout: { minutes: 10 },
      initialDelay: { minutes: 2 },
      fn: async () => {
        await campaigns.remind();
      },
    });
  }

  await scheduler.scheduleTask({
    id: 'smo-daily-housekeeping',
    scope: 'global',
    frequency: { hours: 24 },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 5 },
    fn: async () => {
      const before = DateTime.utc()
        .minus({ days: readinessConfig.historyRetentionDays })
        .toISO()!;
      const pruned = await readiness.pruneHistory(before);
      const reminded = await evidence.sendExpiryReminders();
      logger.info(
        `SMO housekeeping: pruned ${pruned} history rows older than ${before}, sent ${reminded} expiry reminders`,
      );
    },
  });
}
