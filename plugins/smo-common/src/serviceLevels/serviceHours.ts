import { DateTime, IANAZone } from 'luxon';

/**
 * When the clock of an agreement runs (`spec.serviceHours` of a ServiceLevelAgreement): on the given weekdays, from a
 * local start to a local end, in an IANA zone. Local times follow the zone's daylight-saving changes.
 *
 * @public
 */
export interface ServiceHours {
  /** As written in the agreement, or `24x7` when it says nothing. */
  readonly label: string;
  /** ISO weekdays the service is provided on: 1 = Monday … 7 = Sunday. */
  readonly days: readonly number[];
  /** Local start of each service day, in minutes after midnight. */
  readonly start: number;
  /** Local end of each service day, in minutes after midnight (1440 = midnight at the day's end). */
  readonly end: number;
  /** IANA zone of the days and times. */
  readonly zone: string;
}

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Round the clock, every day: also what an agreement without `spec.serviceHours` gets. @public */
export const SERVICE_HOURS_24X7: ServiceHours = {
  label: '24x7',
  days: ALL_DAYS,
  start: 0,
  end: 1440,
  zone: 'UTC',
};

/** `business-hours`: Monday to Friday, 09:00–17:00 UTC. @public */
export const SERVICE_HOURS_BUSINESS: ServiceHours = {
  label: 'business-hours',
  days: [1, 2, 3, 4, 5],
  start: 9 * 60,
  end: 17 * 60,
  zone: 'UTC',
};

const CALENDAR = /^(\S+) (\d{2}):(\d{2})-(\d{2}):(\d{2}) (\S+)$/;

function weekday(name: string): number | undefined {
  const index = WEEKDAYS.findIndex(d => d.toLowerCase() === name.toLowerCase());
  return index < 0 ? undefined : index + 1;
}

function parseDays(text: string): number[] | undefined {
  if (text.includes('-')) {
    const [from, to] = text.split('-').map(weekday);
    if (!from || !to || to < from) return undefined;
    return ALL_DAYS.slice(from - 1, to);
  }
  const days = text.split(',').map(weekday);
  return days.every((d): d is number => d !== undefined)
    ? [...new Set(days)].sort()
    : undefined;
}

/**
 * Reads `spec.serviceHours`: `24x7` (also when absent), `business-hours` (Monday–Friday 09:00–17:00 UTC), or a
 * calendar `<days> <HH:MM>-<HH:MM> <IANA zone>` with days as a range (`Mon-Fri`) or a list (`Mon,Wed,Fri`), e.g.
 * `Mon-Fri 08:00-18:00 Europe/Berlin`. A service day ends after it starts (`00:00-24:00` is the whole day); hours that
 * run past midnight are written as two agreements' worth of days. Answers why when the text is none of these.
 *
 * @public
 */
export function parseServiceHours(
  text: string | undefined,
): { hours: ServiceHours } | { error: string } {
  const value = text?.trim();
  if (!value || value === '24x7') return { hours: SERVICE_HOURS_24X7 };
  if (value === 'business-hours') return { hours: SERVICE_HOURS_BUSINESS };
  const match = CALENDAR.exec(value);
  if (!match) {
    return {
      error: `"${value}" is not 24x7, business-hours or "<days> <HH:MM>-<HH:MM> <IANA zone>" (e.g. "Mon-Fri 08:00-18:00 Europe/Berlin")`,
    };
  }
  const [, daysText, h1, m1, h2, m2, zone] = match;
  const days = parseDays(daysText);
  if (!days) {
    return {
      error: `"${daysText}" is not a range (Mon-Fri) or a list (Mon,Wed,Fri) of ${WEEKDAYS.join(
        ', ',
      )}`,
    };
  }
  const start = Number(h1) * 60 + Number(m1);
  const end = Number(h2) * 60 + Number(m2);
  if (Number(m1) > 59 || Number(m2) > 59 || start >= 1440 || end > 1440) {
    return { error: `"${h1}:${m1}-${h2}:${m2}" is not a time range of a day` };
  }
  if (end <= start) {
    return {
      error: `the service day must end after it starts: ${h1}:${m1}-${h2}:${m2}`,
    };
  }
  if (!IANAZone.isValidZone(zone)) {
    return { error: `"${zone}" is not an IANA time zone (e.g. Europe/Berlin)` };
  }
  return { hours: { label: value, days, start, end, zone } };
}

/** The local wall-clock time `minutes` after the start of `day` (1440: the next day's start), DST-aware. */
function at(day: DateTime, minutes: number): DateTime {
  if (minutes >= 1440) return day.plus({ days: 1 }).startOf('day');
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
}

/**
 * Milliseconds of service time from `from` to `to`: the part of the interval inside the service hours. A day that
 * loses or gains an hour to daylight saving gives its service window the real length it had.
 *
 * @public
 */
export function serviceMillis(
  hours: ServiceHours,
  from: Date,
  to: Date,
): number {
  const [begin, finish] = [from.getTime(), to.getTime()];
  if (!(finish > begin)) return 0;
  if (hours.days.length === 7 && hours.start === 0 && hours.end === 1440) {
    return finish - begin;
  }
  let total = 0;
  let day = DateTime.fromMillis(begin, { zone: hours.zone }).startOf('day');
  const lastDay = DateTime.fromMillis(finish, { zone: hours.zone }).startOf(
    'day',
  );
  while (day <= lastDay) {
    if (hours.days.includes(day.weekday)) {
      const open = Math.max(at(day, hours.start).toMillis(), begin);
      const close = Math.min(at(day, hours.end).toMillis(), finish);
      if (close > open) total += close - open;
    }
    day = day.plus({ days: 1 });
  }
  return total;
}
