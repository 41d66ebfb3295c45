import { Duration } from 'luxon';

/**
 * Formats an ISO-8601 duration for people: `PT15M` → "15 minutes", `PT90M` → "1 hour, 30 minutes", `P10D` → "10 days".
 * The catalog module rejects bad durations, so an unparsable value is shown as written rather than hidden.
 */
export function formatDuration(iso: string): string {
  const duration = Duration.fromISO(iso);
  if (!duration.isValid) {
    return iso;
  }
  // Service level targets are counted in days at most; weeks and months would read oddly ("1 week, 3 days").
  const units = Object.entries(
    duration.shiftTo('days', 'hours', 'minutes', 'seconds').toObject(),
  ).filter(([, value]) => value !== 0);
  return units.length === 0
    ? 'immediately'
    : Duration.fromObject(Object.fromEntries(units)).toHuman();
}
