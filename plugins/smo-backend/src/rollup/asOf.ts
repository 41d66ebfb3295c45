import { InputError } from '@backstage/errors';
import { DateTime } from 'luxon';

/** An `asOf` query value as an ISO instant: a date means the end of that day (UTC), a date-time is taken as it is. */
export function asOfInstant(asOf: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const at = DateTime.fromISO(asOf, { zone: 'utc' });
  if (!at.isValid) {
    throw new InputError(`Invalid asOf '${asOf}': not a date or date-time`);
  }
  return (dateOnly ? at.endOf('day') : at).toUTC().toISO()!;
}
