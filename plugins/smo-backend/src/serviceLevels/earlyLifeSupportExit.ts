import {
  formatMinutes,
  monthLabel,
  SmoApiModels,
} from '@smo-backstage/plugin-smo-common';
import { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import { ServiceLevelPort } from '../ports';
import {
  DefaultServiceLevelReports,
  MAX_REPORT_MONTHS,
} from './DefaultServiceLevelReports';
import { EarlyLifeSupportExitCriteria } from '../serviceLevelsConfig';

const name = (ref: string) => ref.slice(ref.indexOf('/') + 1);

/**
 * Which exit criteria of early-life support the measured service levels do not meet yet, as sentences; none: it may be
 * completed. Only SLAs count (OLAs and UCs are the provider's own business). Fails closed: without measurement, or
 * without an SLA to measure against, the criteria are unmet.
 */
export function unmetExitCriteria(
  report: SmoApiModels.ServiceLevelReport,
  criteria: EarlyLifeSupportExitCriteria,
  since: DateTime,
): string[] {
  if (!report.measured) {
    return [
      'service levels are not measured (no incident source is configured), so the exit criteria cannot be checked',
    ];
  }
  const slas = report.agreements.filter(a => a.type === 'sla');
  if (slas.length === 0) {
    return [
      'no SLA governs its offerings, so there are no service levels to meet',
    ];
  }
  const unmet: string[] = [];
  const start = since.toUTC().toISO()!;
  for (const sla of slas) {
    for (const month of sla.months) {
      for (const target of month.figures.targets) {
        if (!criteria.noBreachOf.includes(target.priority)) continue;
        for (const breach of target.breaches) {
          if (breach.openedAt < start) continue;
          unmet.push(
            `${target.priority} incident ${breach.incidentId} missed the ${
              target.metric
            } target of SLA ${name(sla.agreementRef)} (${formatMinutes(
              breach.measuredMinutes,
            )} against ${formatMinutes(breach.targetMinutes)})`,
          );
        }
      }
      const availability = month.figures.availability;
      if (criteria.availabilityMet && availability?.met === false) {
        unmet.push(
          `SLA ${name(sla.agreementRef)} was ${
            availability.percent
          }% available in ${monthLabel(month.month)}, against ${
            availability.promised
          }% promised`,
        );
      }
    }
  }
  return unmet;
}

/**
 * The service-level port of the gatekeeper: the entity's report from the month early-life support started (at most
 * the 24 months a report covers) to now, read as the plugin itself, against the configured criteria.
 */
export function exitCriteriaPort(options: {
  reports: DefaultServiceLevelReports;
  auth: AuthService;
  criteria: EarlyLifeSupportExitCriteria;
  clock?: () => DateTime;
}): ServiceLevelPort {
  const clock = options.clock ?? (() => DateTime.utc());
  return {
    async unmetExitCriteria(entityRef, since) {
      const now = clock();
      const earliest = now
        .startOf('month')
        .minus({ months: MAX_REPORT_MONTHS - 1 });
      const { kind, namespace, name: entityName } = parseEntityRef(entityRef);
      const report = await options.reports.report(
        { kind, namespace, name: entityName },
        {
          from: DateTime.max(since, earliest).toFormat('yyyy-MM'),
          to: now.toFormat('yyyy-MM'),
        },
        await options.auth.getOwnServiceCredentials(),
      );
      return unmetExitCriteria(report, options.criteria, since);
    },
  };
}
