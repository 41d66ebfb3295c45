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
 * The month in business terms, one sentence per finding, misses first: "99.62% available against 99.95% promised
 * (2 h 10 min of outage)", "1 of 3 P1 incidents resolved late", "all 12 P3 incidents responded to in time". Targets
 * without incidents are left out; an empty month reads "no incidents".
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
  for (const t of figures.targets) {
    const total = t.met + t.breached + t.pending;
    if (total === 0) continue;
    const done = t.metric === 'response' ? 'responded to' : 'resolved';
    const incidents =
      total === 1 ? `the ${t.priority} incident` : `${t.priority} incidents`;
    const open = t.pending > 0 ? `, ${t.pending} still open` : '';
    if (t.breached > 0) {
      misses.push(
        total === 1
          ? `${incidents} ${done} late`
          : `${t.breached} of ${total} ${incidents} ${done} late${open}`,
      );
    } else if (t.pending > 0) {
      fine.push(
        total === 1
          ? `${incidents} still open, inside its target`
          : `${t.met} of ${total} ${incidents} ${done} in time${open}`,
      );
    } else {
      fine.push(
        total === 1
          ? `${incidents} ${done} in time`
          : `all ${total} ${incidents} ${done} in time`,
      );
    }
  }
  return { misses, fine };
}
