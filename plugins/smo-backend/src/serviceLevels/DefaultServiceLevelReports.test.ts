import { reportRange, worstFirst } from './DefaultServiceLevelReports';
import { DateTime } from 'luxon';

const row = (
  offering: string,
  status: 'breached' | 'pending' | 'met' | 'no-incidents',
  breaches = 0,
  availability?: [number, number],
) => ({
  offeringRef: `serviceoffering:default/${offering}`,
  status,
  agreements: [
    {
      agreementRef: `servicelevelagreement:default/${offering}`,
      type: 'sla' as const,
      status,
      summary: [],
      breaches,
      frozen: true,
      ...(availability && {
        availability: {
          percent: availability[0],
          promised: availability[1],
          outageMinutes: 0,
          serviceMinutes: 1,
          met: availability[0] >= availability[1],
        },
      }),
    },
  ],
});

describe('worstFirst', () => {
  it('orders by status, then most breaches, then availability furthest below its promise, then name', () => {
    const rows = [
      row('fine', 'met', 0, [99.99, 99.9]),
      row('quiet', 'no-incidents'),
      row('open', 'pending'),
      row('slightly-down', 'breached', 0, [99.85, 99.9]),
      row('far-down', 'breached', 0, [98.5, 99.9]),
      row('many-late', 'breached', 3),
      row('b-late', 'breached', 1),
      row('a-late', 'breached', 1),
    ];
    expect(rows.sort(worstFirst).map(r => r.offeringRef.split('/')[1])).toEqual(
      [
        'many-late',
        'a-late',
        'b-late',
        'far-down',
        'slightly-down',
        'open',
        'fine',
        'quiet',
      ],
    );
  });
});

describe('reportRange', () => {
  const now = DateTime.fromISO('2026-11-30T10:00:00Z', { zone: 'utc' });
  it('is the running month and the 11 before it by default', () => {
    expect(reportRange({}, now)).toEqual({ from: '2025-12', to: '2026-11' });
    expect(reportRange({ to: '2026-03' }, now)).toEqual({
      from: '2025-04',
      to: '2026-03',
    });
  });
});
