import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { resolve } from 'node:path';

/** Typed `smo.serviceLevels`. */
export interface ServiceLevelsConfig {
  /** Incident export files (JSON array or NDJSON), resolved against the backend's working directory. */
  incidentFiles: string[];
  /** Calendar months computed, the running one included. */
  months: number;
  /** Days after a month's end before it is frozen. */
  freezeAfterDays: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 10 },
  initialDelay: { seconds: 30 },
};

function wholeNumber(
  config: Config,
  key: string,
  fallback: number,
  min: number,
) {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new Error(
      `Invalid SMO configuration at smo.serviceLevels.${key}: must be a whole number of at least ${min}`,
    );
  }
  return value;
}

/** Reads `smo.serviceLevels`; invalid values fail start-up naming the key. */
export function readServiceLevelsConfig(root: Config): ServiceLevelsConfig {
  const config = root.getOptionalConfig('smo.serviceLevels');
  return {
    incidentFiles: (
      config?.getOptionalStringArray('incidents.files') ?? []
    ).map(file => resolve(file)),
    months: config ? wholeNumber(config, 'months', 13, 1) : 13,
    freezeAfterDays: config ? wholeNumber(config, 'freezeAfterDays', 3, 0) : 3,
    schedule: config?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
  };
}
