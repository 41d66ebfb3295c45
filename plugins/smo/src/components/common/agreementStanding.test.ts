import { DateTime } from 'luxon';
import { agreementStanding, formatValidity } from './agreementStanding';

const today = DateTime.fromISO('2026-11-23');
const window = { validFrom: '2026-01-01', validUntil: '2027-12-31' };

describe('agreementStanding', () => {
  it('is in force when active and today is inside the window', () => {
    expect(agreementStanding({ status: 'active', ...window }, today)).toEqual({
      state: 'in-force',
      label: 'In force',
    });
  });

  it('counts the first and the last day of the window', () => {
    const spec = { status: 'active' as const, ...window };
    expect(
      agreementStanding(spec, DateTime.fromISO('2026-01-01T00:00')).state,
    ).toBe('in-force');
    expect(
      agreementStanding(spec, DateTime.fromISO('2027-12-31T23:59')).state,
    ).toBe('in-force');
  });

  it('is in force without a window', () => {
    expect(agreementStanding({ status: 'active' }, today).state).toBe(
      'in-force',
    );
  });

  it('has lapsed when still active after validUntil', () => {
    expect(
      agreementStanding(
        { status: 'active', validFrom: '2025-04-01', validUntil: '2026-03-31' },
        today,
      ),
    ).toEqual({ state: 'expired', label: 'Expired on 2026-03-31' });
  });

  it('is not yet valid before validFrom', () => {
    expect(
      agreementStanding({ status: 'active', validFrom: '2027-01-01' }, today),
    ).toEqual({
      state: 'not-yet-valid',
      label: 'Not yet in force (from 2027-01-01)',
    });
  });

  it.each([
    ['draft', 'Draft — not in force'],
    ['expired', 'Expired'],
    ['retired', 'Retired'],
  ] as const)('is never in force when %s', (status, label) => {
    expect(agreementStanding({ status, ...window }, today)).toEqual({
      state: status,
      label,
    });
  });
});

describe('formatValidity', () => {
  it('shows both ends, one end or none', () => {
    expect(formatValidity(window)).toBe('2026-01-01 – 2027-12-31');
    expect(formatValidity({ validFrom: '2026-01-01' })).toBe('From 2026-01-01');
    expect(formatValidity({ validUntil: '2026-03-31' })).toBe(
      'Until 2026-03-31',
    );
    expect(formatValidity({})).toBe('No end date');
  });
});
