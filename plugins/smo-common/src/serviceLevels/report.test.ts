import { DateTime } from 'luxon';
import { MonthlyAttainment, TargetAttainment } from './attainment';
import {
  describeMonth,
  formatMinutes,
  lastClosedMonth,
  monthLabel,
  monthStatus,
} from './report';

const target = (
  over: Partial<TargetAttainment> & Pick<TargetAttainment, 'priority'>,
): TargetAttainment => ({
  metric: 'resolution',
  target: 'PT4H',
  met: 0,
  breached: 0,
  pending: 0,
  attainment: null,
  breaches: [],
  ...over,
});

const month = (over: Partial<MonthlyAttainment>): MonthlyAttainment => ({
  month: '2026-10',
  targets: [],
  incidentIds: [],
  ...over,
});

const availability = (percent: number | null, outageMinutes = 0) => ({
  promised: 99.95,
  outageMinutes,
  serviceMinutes: 44640,
  percent,
  met: percent === null ? null : percent >= 99.95,
});

describe('monthStatus', () => {
  it('is breached by a late incident or by availability below the promise', () => {
    expect(
      monthStatus(
        month({ targets: [target({ priority: 'P1', met: 3, breached: 1 })] }),
      ),
    ).toBe('breached');
    expect(
      monthStatus(
        month({
          targets: [target({ priority: 'P1', met: 3 })],
          availability: availability(99.7, 130),
        }),
      ),
    ).toBe('breached');
  });

  it('is pending while an open incident is inside its target and nothing is breached', () => {
    expect(
      monthStatus(
        month({ targets: [target({ priority: 'P3', met: 2, pending: 1 })] }),
      ),
    ).toBe('pending');
  });

  it('is met when decided incidents or availability say so, and never met for nothing', () => {
    expect(
      monthStatus(month({ targets: [target({ priority: 'P2', met: 5 })] })),
    ).toBe('met');
    expect(monthStatus(month({ availability: availability(100) }))).toBe('met');
    expect(monthStatus(month({ targets: [target({ priority: 'P2' })] }))).toBe(
      'no-incidents',
    );
    expect(monthStatus(month({ availability: availability(null) }))).toBe(
      'no-incidents',
    );
  });
});

describe('monthLabel', () => {
  it('names a month as people read it', () => {
    expect(monthLabel('2026-10')).toBe('October 2026');
  });
});

describe('lastClosedMonth', () => {
  it('is the calendar month before the running one, in UTC', () => {
    expect(lastClosedMonth(DateTime.fromISO('2026-01-15T10:00:00Z'))).toBe(
      '2025-12',
    );
    expect(lastClosedMonth(DateTime.fromISO('2026-11-01T00:30:00+02:00'))).toBe(
      '2026-09',
    );
  });
});

describe('formatMinutes', () => {
  it.each([
    [0, '0 min'],
    [44.6, '45 min'],
    [60, '1 h'],
    [130, '2 h 10 min'],
    [1440, '1 d'],
    [1440 * 3 + 250, '3 d 4 h'],
  ])('%s → %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});

describe('describeMonth', () => {
  it('says the misses first and one by one, in business terms, and what went well in one sentence', () => {
    expect(
      describeMonth(
        month({
          targets: [
            target({ priority: 'P2', metric: 'response', met: 41 }),
            target({ priority: 'P2', met: 39, breached: 2 }),
            target({ priority: 'P1', metric: 'response', met: 1 }),
            target({ priority: 'P3', met: 4, pending: 1 }),
            target({ priority: 'P4', breached: 1 }),
          ],
          availability: availability(99.69, 130),
          incidentIds: Array.from({ length: 48 }, (_, i) => `I${i}`),
        }),
      ),
    ).toEqual([
      '99.69% available against 99.95% promised (2 h 10 min of outage)',
      '2 of 41 P2 incidents resolved late',
      'the P4 incident resolved late',
      'every other target met',
      '1 incident still open, inside its targets',
    ]);
  });

  it('counts the incidents when none was late, also when only availability was missed', () => {
    const targets = [
      target({ priority: 'P2', met: 3 }),
      target({ priority: 'P2', metric: 'response', met: 3 }),
    ];
    const incidentIds = ['A', 'B', 'C'];
    expect(describeMonth(month({ targets, incidentIds }))).toEqual([
      'all 3 incidents within their targets',
    ]);
    expect(
      describeMonth(
        month({ targets, incidentIds, availability: availability(99.5, 220) }),
      ),
    ).toEqual([
      '99.5% available against 99.95% promised (3 h 40 min of outage)',
      'all 3 incidents within their targets',
    ]);
    expect(
      describeMonth(
        month({
          targets: [target({ priority: 'P1', met: 1 })],
          incidentIds: ['A'],
        }),
      ),
    ).toEqual(['the incident within its targets']);
  });

  it('reads "no incidents" for an empty month, and tells availability alone', () => {
    expect(
      describeMonth(month({ targets: [target({ priority: 'P1' })] })),
    ).toEqual(['no incidents']);
    expect(describeMonth(month({ availability: availability(100) }))).toEqual([
      '100% available against 99.95% promised',
    ]);
  });
});
