import { DateTime } from 'luxon';

/** The backend's default `smo.waivers.maxDays`. */
export const DEFAULT_WAIVER_MAX_DAYS = 90;

/** The date picker's bounds (local ISO dates): tomorrow up to `maxDays` from today. */
export function expiryBounds(
  maxDays: number,
  today: DateTime = DateTime.now(),
) {
  return {
    min: today.plus({ days: 1 }).toISODate()!,
    max: today.plus({ days: maxDays }).toISODate()!,
  };
}

/**
 * The `expiresAt` for a picked date: that many days from now, at the current time. The backend allows at most
 * `now + maxDays`, so picking the last allowed day is accepted; a later date is refused with the limit.
 */
export function expiresAtFor(
  date: string,
  now: DateTime = DateTime.now(),
): string | undefined {
  const picked = DateTime.fromISO(date);
  if (!picked.isValid) return undefined;
  const days = Math.round(picked.diff(now.startOf('day'), 'days').days);
  return now.toUTC().plus({ days }).toISO()!;
}
