import { DateTime } from 'luxon';
import type {
  MonthlyAttainment,
  MonthStatus,
} from '../schema/openapi/generated/models';

export type { MonthStatus } from '../schema/openapi/generated/models';

/** The statuses, worst first: the order reports sort by. @public */
export const MONTH_STATUSES: readonly MonthStatus[] = [
  'breached',
  'pending',
  'met',
  'no-incidents',
];

/** The status of a month's figures (see {@link MonthStatus}). @public */
export function monthStatus(figures: MonthlyAttainment): MonthStatus {
  const { targets, availability } = figures;
  if (targets.some(t => t.breached > 0) || availability?.met === false) {
    return 'breached';
  }
  if (targets.some(t => t.pending > 0)) return 'pending';
  if (targets.some(t => t.met > 0) || availability?.met === true) return 'met';
  return 'no-incidents';
}

/** `2026-10` → `October 2026`. @public */
export function monthLabel(month: string): string {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' }).toFormat(
    'LLLL yyyy',
  );
}

/**
 * The last closed calendar month (UTC) at `now`, `YYYY-MM`: the month before the running one, which reports and the
 * `sla.attainment` check judge by default, frozen or not yet.
 *
 * @public
 */
export function lastClosedMonth(now: DateTime): string {
  return now.toUTC().startOf('month').minus({ months: 1 }).toFormat('yyyy-MM');
}

/** Minutes as a person reads them: `45 min`, `2 h 10 min`, `3 d 4 h`. @public */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const days = Math.floor(whole / 1440);
  const hours = Math.floor((whole % 1440) / 60);
  const rest = whole % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
}

/**
 * The month in business terms, misses first and one by one, what went well in a sentence: "99.62% available against
 * 99.95% promised (2 h 10 min of outage)", "2 of 41 P2 incidents resolved late", "every other target met" (or "all 12
 * incidents within their targets" when nothing was late), "1 incident still open, inside their targets". An empty
 * month reads "no incidents".
 *
 * @public
 */
export function describeMonth(figures: MonthlyAttainment): string[] {
  const { misses, fine } = monthFindings(figures);
  const found = [...misses, ...fine];
  return found.length > 0 ? found : ['no incidents'];
}

/** The sentences of {@link describeMonth}, the misses apart from the rest. @public */
export function monthFindings(figures: MonthlyAttainment): {
  misses: string[];
  fine: string[];
} {
  const misses: string[] = [];
  const fine: string[] = [];
  const { availability } = figures;
  if (availability && availability.percent !== null) {
    const outage =
      availability.outageMinutes > 0
        ? ` (${formatMinutes(availability.outageMinutes)} of outage)`
        : '';
    (availability.met ? fine : misses).push(
      `${availability.percent}% available against ${availability.promised}% promised${outage}`,
    );
  }
  const late = figures.targets.filter(t => t.breached > 0);
  for (const t of late) {
    const total = t.met + t.breached + t.pending;
    const done = t.metric === 'response' ? 'responded to' : 'resolved';
    misses.push(
      total === 1
        ? `the ${t.priority} incident ${done} late`
        : `${t.breached} of ${total} ${t.priority} incidents ${done} late`,
    );
  }
  // What went well is told in one sentence: the misses are what a reader needs one by one.
  const count = figures.incidentIds.length;
  if (figures.targets.some(t => t.met > 0)) {
    if (late.length > 0) fine.push('every other target met');
    else if (count === 1) fine.push('the incident within its targets');
    else fine.push(`all ${count} incidents within their targets`);
  }
  const open = Math.max(0, ...figures.targets.map(t => t.pending));
  if (open === 1) fine.push('1 incident still open, inside its targets');
  if (open > 1) fine.push(`${open} incidents still open, inside their targets`);
  return { misses, fine };
}
