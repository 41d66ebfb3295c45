import { DateTime, Duration } from 'luxon';
import { SlaTarget } from '../kinds/entities';
import { IncidentRecord } from './incidents';
import { ServiceHours, serviceMillis } from './serviceHours';
import type {
  AvailabilityFigure,
  MonthlyAttainment,
  TargetAttainment,
  TargetBreach,
  UnderpinningResult,
} from '../schema/openapi/generated/models';

// The figures' shapes are the OpenAPI document's (generated models): what the backend computes is what the API serves.
export type {
  AvailabilityFigure,
  MonthlyAttainment,
  TargetAttainment,
  TargetBreach,
  UnderpinningResult,
} from '../schema/openapi/generated/models';

/**
 * How one incident did against one target: within it, past it, or still open and inside it.
 *
 * @public
 */
export type TargetOutcome = UnderpinningResult['outcome'];

/** What of an agreement the figures need (`spec` of a ServiceLevelAgreement). @public */
export interface MeasuredAgreement {
  targets: SlaTarget[];
  serviceHours: ServiceHours;
  availability?: number;
  /** The OLAs and UCs under it whose results are shown with each breach. */
  underpinnedBy?: UnderpinningAgreement[];
}

/** An agreement under another, named by its ref. @public */
export interface UnderpinningAgreement {
  ref: string;
  targets: SlaTarget[];
  serviceHours: ServiceHours;
  /** Whether it was in force when an incident was opened (ISO time); counts always when left out. */
  inForceAt?(openedAt: string): boolean;
}

const MINUTE = 60_000;
const minutes = (ms: number) => Math.round((ms / MINUTE) * 10) / 10;

/** The calendar month `YYYY-MM` in UTC as [start, end). @public */
export function monthWindow(month: string): { start: Date; end: Date } {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' });
  if (!start.isValid)
    throw new TypeError(`"${month}" is not a month (YYYY-MM)`);
  return {
    start: start.toJSDate(),
    end: start.plus({ months: 1 }).toJSDate(),
  };
}

/**
 * Measures one incident against one target: service time from `openedAt` to the response (metric `response`) or the
 * resolution (`resolution`); while that has not happened, to `now` — past the target is already a breach.
 *
 * @public
 */
export function measureTarget(
  incident: IncidentRecord,
  target: SlaTarget,
  hours: ServiceHours,
  now: Date,
): { outcome: TargetOutcome; measuredMs: number; targetMs: number } {
  const targetMs = Duration.fromISO(target.target).as('milliseconds');
  const end =
    target.metric === 'response' ? incident.respondedAt : incident.resolvedAt;
  const opened = new Date(incident.openedAt);
  const measuredMs = serviceMillis(hours, opened, end ? new Date(end) : now);
  let outcome: TargetOutcome;
  if (measuredMs > targetMs) outcome = 'breached';
  else outcome = end ? 'met' : 'pending';
  return { outcome, measuredMs, targetMs };
}

function underpinningResults(
  agreement: MeasuredAgreement,
  incident: IncidentRecord,
  target: SlaTarget,
  now: Date,
): UnderpinningResult[] {
  return (agreement.underpinnedBy ?? []).flatMap(under => {
    const own = under.targets.find(
      t => t.priority === target.priority && t.metric === target.metric,
    );
    if (!own || (under.inForceAt && !under.inForceAt(incident.openedAt))) {
      return [];
    }
    const m = measureTarget(incident, own, under.serviceHours, now);
    return [
      {
        agreementRef: under.ref,
        outcome: m.outcome,
        measuredMinutes: minutes(m.measuredMs),
        targetMinutes: minutes(m.targetMs),
      },
    ];
  });
}

/** Merges intervals (ms) so that overlapping outages count once. */
function union(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * An agreement's attainment for one calendar month (UTC): per target, the incidents of its priority opened in the
 * month, met, breached or pending; and, when the agreement promises availability, the outage time inside service
 * hours against the service time of the month. `incidents` are those that count against the agreement (see
 * attribution); `now` ends open incidents and the running month.
 *
 * @public
 */
export function monthlyAttainment(
  agreement: MeasuredAgreement,
  incidents: IncidentRecord[],
  month: string,
  now: Date,
): MonthlyAttainment {
  const { start, end } = monthWindow(month);
  const inMonth = (time: string) =>
    time >= start.toISOString() && time < end.toISOString();
  const opened = incidents.filter(i => inMonth(i.openedAt));
  const ids = new Set(opened.map(i => i.id));

  const targets = agreement.targets.map((target): TargetAttainment => {
    const counts = { met: 0, breached: 0, pending: 0 };
    const breaches: TargetBreach[] = [];
    for (const incident of opened) {
      if (incident.priority !== target.priority) continue;
      const m = measureTarget(incident, target, agreement.serviceHours, now);
      counts[m.outcome] += 1;
      if (m.outcome === 'breached') {
        breaches.push({
          incidentId: incident.id,
          entityRef: incident.entityRef,
          openedAt: incident.openedAt,
          ...(incident.summary && { summary: incident.summary }),
          measuredMinutes: minutes(m.measuredMs),
          targetMinutes: minutes(m.targetMs),
          underpinning: underpinningResults(agreement, incident, target, now),
        });
      }
    }
    const decided = counts.met + counts.breached;
    return {
      ...target,
      ...counts,
      attainment:
        decided === 0 ? null : Math.round((counts.met / decided) * 1000) / 10,
      breaches,
    };
  });

  let availability: AvailabilityFigure | undefined;
  if (agreement.availability !== undefined) {
    const until = Math.min(end.getTime(), now.getTime());
    const outages = incidents
      .filter(i => i.outage)
      .map((i): [number, number] => [
        Math.max(Date.parse(i.openedAt), start.getTime()),
        Math.min(i.resolvedAt ? Date.parse(i.resolvedAt) : until, until),
      ])
      .filter(([from, to]) => to > from);
    for (const i of incidents) {
      if (
        i.outage &&
        Date.parse(i.openedAt) < until &&
        (i.resolvedAt ? Date.parse(i.resolvedAt) : until) > start.getTime()
      ) {
        ids.add(i.id);
      }
    }
    const outageMs = union(outages).reduce(
      (sum, [from, to]) =>
        sum +
        serviceMillis(agreement.serviceHours, new Date(from), new Date(to)),
      0,
    );
    const serviceMs = serviceMillis(
      agreement.serviceHours,
      start,
      new Date(until),
    );
    const percent =
      serviceMs > 0
        ? Math.floor((1 - outageMs / serviceMs) * 10_000) / 100
        : null;
    availability = {
      promised: agreement.availability,
      outageMinutes: minutes(outageMs),
      serviceMinutes: minutes(serviceMs),
      percent,
      met: percent === null ? null : percent >= agreement.availability,
    };
  }
  return {
    month,
    targets,
    ...(availability && { availability }),
    incidentIds: [...ids].sort(),
  };
}
