import { DateTime } from 'luxon';

/** "5 minutes ago" for an ISO timestamp; the raw text when it does not parse. */
export function relativeTime(iso: string): string {
  const time = DateTime.fromISO(iso);
  return time.isValid ? time.toRelative() ?? iso : iso;
}

/** A full local date and time for tooltips and `<time title>`. */
export function absoluteTime(iso: string): string {
  const time = DateTime.fromISO(iso);
  return time.isValid ? time.toLocaleString(DateTime.DATETIME_MED) : iso;
}
