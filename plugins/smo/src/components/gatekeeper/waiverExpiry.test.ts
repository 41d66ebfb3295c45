import { DateTime } from 'luxon';
import { expiresAtFor, expiryBounds } from './waiverExpiry';

describe('waiver expiry', () => {
  const now = DateTime.fromISO('2026-11-23T15:30:00', {
    zone: 'Europe/Berlin',
  });

  it('bounds the picker from tomorrow to the configured maximum', () => {
    expect(expiryBounds(90, now)).toEqual({
      min: '2026-11-24',
      max: '2027-02-21',
    });
    expect(expiryBounds(30, now).max).toBe('2026-12-23');
  });

  it('expires a picked date at the current time of day, in UTC', () => {
    expect(expiresAtFor('2026-12-23', now)).toBe('2026-12-23T14:30:00.000Z');
    // The last day allowed stays within now + 90 days.
    expect(expiresAtFor('2027-02-21', now)).toBe('2027-02-21T14:30:00.000Z');
    expect(expiresAtFor('not a date', now)).toBeUndefined();
  });
});
