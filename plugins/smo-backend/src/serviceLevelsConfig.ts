import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { SlaPriority } from '@smo-backstage/plugin-smo-common';
import { resolve } from 'node:path';
import { wholeNumber } from './configValues';

/** Typed `smo.serviceLevels`. */
export interface ServiceLevelsConfig {
  /** Incident export files (JSON array or NDJSON), resolved against the backend's working directory. */
  incidentFiles: string[];
  /** Calendar months computed, the running one included. */
  months: number;
  /** Days after a month's end before it is frozen. */
  freezeAfterDays: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** What completing early-life support requires of the measured service levels; nothing when left out. */
  earlyLifeSupportExit?: EarlyLifeSupportExitCriteria;
}

/** `smo.serviceLevels.earlyLifeSupportExit`: measured exit criteria of early-life support. */
export interface EarlyLifeSupportExitCriteria {
  /** No incident of these priorities opened during early-life support missed a target of the component's SLAs. */
  noBreachOf: SlaPriority[];
  /** Every month overlapping early-life support met the SLAs' availability. */
  availabilityMet: boolean;
}

const PATH = 'smo.serviceLevels';

const PRIORITIES: readonly SlaPriority[] = ['P1', 'P2', 'P3', 'P4'];

function exitCriteria(
  config: Config | undefined,
): EarlyLifeSupportExitCriteria | undefined {
  const exit = config?.getOptionalConfig('earlyLifeSupportExit');
  if (!exit) return undefined;
  const noBreachOf = exit.getOptionalStringArray('noBreachOf') ?? [];
  const unknown = noBreachOf.filter(
    p => !PRIORITIES.includes(p as SlaPriority),
  );
  if (unknown.length > 0) {
    throw new Error(
      `Invalid SMO configuration at smo.serviceLevels.earlyLifeSupportExit.noBreachOf: ${unknown.join(
        ', ',
      )} is not one of ${PRIORITIES.join(', ')}`,
    );
  }
  return {
    noBreachOf: noBreachOf as SlaPriority[],
    availabilityMet: exit.getOptionalBoolean('availabilityMet') ?? false,
  };
}

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 10 },
  initialDelay: { seconds: 30 },
};

/** Reads `smo.serviceLevels`; invalid values fail start-up naming the key. */
export function readServiceLevelsConfig(root: Config): ServiceLevelsConfig {
  const config = root.getOptionalConfig('smo.serviceLevels');
  return {
    incidentFiles: (
      config?.getOptionalStringArray('incidents.files') ?? []
    ).map(file => resolve(file)),
    months: config
      ? wholeNumber(config, 'months', { fallback: 13, min: 1, path: PATH })
      : 13,
    freezeAfterDays: config
      ? wholeNumber(config, 'freezeAfterDays', {
          fallback: 3,
          min: 0,
          path: PATH,
        })
      : 3,
    schedule: config?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
    earlyLifeSupportExit: exitCriteria(config),
  };
}
