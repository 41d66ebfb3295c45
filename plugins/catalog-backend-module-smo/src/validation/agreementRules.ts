import {
  parseServiceHours,
  ServiceLevelAgreementEntity,
} from '@smo-backstage/plugin-smo-common';
import { DateTime, Duration } from 'luxon';
import { Problem, showValue } from './problems';

// The schema only checks the shape of these strings; luxon decides whether they are real
// durations and calendar dates (`P1H` and `2026-02-30` have the right shape but are neither).

function durationProblem(field: string, value: string): Problem | undefined {
  const duration = Duration.fromISO(value);
  if (!duration.isValid) {
    return {
      field,
      message: `${showValue(value)} is not an ISO-8601 duration (e.g. PT15M)`,
    };
  }
  if (duration.toMillis() <= 0) {
    return {
      field,
      message: `${showValue(value)} must be a duration longer than zero`,
    };
  }
  return undefined;
}

function parseDate(
  field: string,
  value: string | undefined,
  problems: Problem[],
): DateTime | undefined {
  if (value === undefined) return undefined;
  const date = DateTime.fromISO(value, { zone: 'utc' });
  if (date.isValid) return date;
  problems.push({
    field,
    message: `${showValue(value)} is not a valid calendar date (YYYY-MM-DD)`,
  });
  return undefined;
}

/**
 * What a ServiceLevelAgreement's schema cannot express: real durations, real dates, a window that is not inverted,
 * service hours the service-level clock can read (the clock's own parser, so the catalog accepts exactly what it runs).
 */
export function agreementProblems(
  entity: ServiceLevelAgreementEntity,
): Problem[] {
  const problems: Problem[] = [];
  entity.spec.targets.forEach((target, i) => {
    const problem = durationProblem(`spec.targets[${i}].target`, target.target);
    if (problem) problems.push(problem);
  });
  const from = parseDate('spec.validFrom', entity.spec.validFrom, problems);
  const until = parseDate('spec.validUntil', entity.spec.validUntil, problems);
  if (from && until && from > until) {
    problems.push({
      field: 'spec.validFrom',
      message: `${showValue(
        entity.spec.validFrom,
      )} is after spec.validUntil ${showValue(entity.spec.validUntil)}`,
    });
  }
  const hours = parseServiceHours(entity.spec.serviceHours);
  if ('error' in hours) {
    problems.push({ field: 'spec.serviceHours', message: hours.error });
  }
  return problems;
}
