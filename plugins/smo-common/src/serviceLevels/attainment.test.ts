import { SlaTarget } from '../kinds/entities';
import { monthlyAttainment, measureTarget, monthWindow } from './attainment';
import { IncidentRecord } from './incidents';
import { SERVICE_HOURS_24X7, SERVICE_HOURS_BUSINESS } from './serviceHours';

const target = (
  priority: SlaTarget['priority'],
  metric: SlaTarget['metric'],
  duration: string,
): SlaTarget => ({ priority, metric, target: duration });

const gold = {
  targets: [
    target('P1', 'response', 'PT15M'),
    target('P1', 'resolution', 'PT4H'),
    target('P2', 'response', 'PT1H'),
    target('P2', 'resolution', 'PT8H'),
  ],
  serviceHours: SERVICE_HOURS_24X7,
  availability: 99.9,
};

const incident = (
  id: string,
  priority: IncidentRecord['priority'],
  openedAt: string,
  rest: Partial<IncidentRecord> = {},
): IncidentRecord => ({
  id,
  entityRef: 'serviceoffering:default/checkout',
  priority,
  openedAt,
  ...rest,
});

// A month worked out by hand (October 2026, 31 days = 44,640 minutes, 24x7):
const october = [
  // P1: response 10 min (met), resolution 3 h (met), 180 min outage.
  incident('INC1', 'P1', '2026-10-05T10:00:00.000Z', {
    respondedAt: '2026-10-05T10:10:00.000Z',
    resolvedAt: '2026-10-05T13:00:00.000Z',
    outage: true,
  }),
  // P1: response 30 min (breached), resolution 6 h (breached), 360 min outage.
  incident('INC2', 'P1', '2026-10-12T08:00:00.000Z', {
    respondedAt: '2026-10-12T08:30:00.000Z',
    resolvedAt: '2026-10-12T14:00:00.000Z',
    outage: true,
  }),
  // P2: response 20 min (met), resolution 6 h (met).
  incident('INC3', 'P2', '2026-10-20T09:00:00.000Z', {
    respondedAt: '2026-10-20T09:20:00.000Z',
    resolvedAt: '2026-10-20T15:00:00.000Z',
  }),
  // P2 opened on the last evening of October: counts in October; response 2 h (breached), resolution 6 h (met).
  incident('INC4', 'P2', '2026-10-31T23:00:00.000Z', {
    respondedAt: '2026-11-01T01:00:00.000Z',
    resolvedAt: '2026-11-01T05:00:00.000Z',
  }),
  // P1 opened in September: not an October incident, but its outage runs 60 min into October.
  incident('INC5', 'P1', '2026-09-30T23:00:00.000Z', {
    respondedAt: '2026-09-30T23:05:00.000Z',
    resolvedAt: '2026-10-01T01:00:00.000Z',
    outage: true,
  }),
  // P2 still open, never responded to: by mid-November both targets are breached.
  incident('INC6', 'P2', '2026-10-25T00:00:00.000Z'),
];

describe('monthlyAttainment', () => {
  it('gives the hand-checked figures of October 2026', () => {
    const result = monthlyAttainment(
      gold,
      october,
      '2026-10',
      new Date('2026-11-15T00:00:00Z'),
    );
    expect(
      result.targets.map(t => [
        `${t.priority} ${t.metric}`,
        t.met,
        t.breached,
        t.pending,
        t.attainment,
      ]),
    ).toEqual([
      ['P1 response', 1, 1, 0, 50],
      ['P1 resolution', 1, 1, 0, 50],
      ['P2 response', 1, 2, 0, 33.3],
      ['P2 resolution', 2, 1, 0, 66.7],
    ]);
    expect(result.targets[0].breaches).toEqual([
      {
        incidentId: 'INC2',
        entityRef: 'serviceoffering:default/checkout',
        openedAt: '2026-10-12T08:00:00.000Z',
        measuredMinutes: 30,
        targetMinutes: 15,
        underpinning: [],
      },
    ]);
    expect(result.targets[2].breaches.map(b => b.incidentId)).toEqual([
      'INC4',
      'INC6',
    ]);
    // 180 + 360 + 60 minutes of outage: 1 − 600 / 44,640 = 98.6559…% → 98.65%, short of 99.9%.
    expect(result.availability).toEqual({
      promised: 99.9,
      outageMinutes: 600,
      serviceMinutes: 44_640,
      percent: 98.65,
      met: false,
    });
    expect(result.incidentIds).toEqual([
      'INC1',
      'INC2',
      'INC3',
      'INC4',
      'INC5',
      'INC6',
    ]);
  });

  it('counts overlapping outages once', () => {
    const overlapping = [
      incident('A', 'P1', '2026-10-05T10:00:00Z', {
        resolvedAt: '2026-10-05T12:00:00Z',
        outage: true,
      }),
      incident('B', 'P2', '2026-10-05T11:00:00Z', {
        resolvedAt: '2026-10-05T13:00:00Z',
        outage: true,
      }),
    ];
    const result = monthlyAttainment(
      gold,
      overlapping,
      '2026-10',
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(result.availability?.outageMinutes).toBe(180);
  });

  it('a month without incidents has no attainment figure, never 100%, and full availability', () => {
    const result = monthlyAttainment(
      gold,
      [],
      '2026-10',
      new Date('2026-11-15T00:00:00Z'),
    );
    expect(result.targets.every(t => t.attainment === null)).toBe(true);
    expect(result.availability).toMatchObject({ percent: 100, met: true });
    expect(result.incidentIds).toEqual([]);
  });

  it('an open incident inside its targets is pending, and the running month counts service time up to now', () => {
    const open = incident('OPEN', 'P1', '2026-10-05T10:00:00Z', {
      outage: true,
    });
    const now = new Date('2026-10-05T10:10:00Z');
    const result = monthlyAttainment(gold, [open], '2026-10', now);
    expect(result.targets[0]).toMatchObject({
      pending: 1,
      met: 0,
      breached: 0,
      attainment: null,
    });
    // 4 days 10 h 10 min of service so far, 10 minutes of it down.
    expect(result.availability).toMatchObject({
      outageMinutes: 10,
      serviceMinutes: 4 * 1440 + 610,
    });
  });
});

describe('underpinning results of a breach', () => {
  // The hosting OLA promises P1 resolution in 2 h on its own clock; the service desk OLA has no P1 resolution target.
  const hosting = {
    ref: 'servicelevelagreement:default/ola-platform-hosting',
    targets: [target('P1', 'resolution', 'PT2H')],
    serviceHours: SERVICE_HOURS_24X7,
  };
  const desk = {
    ref: 'servicelevelagreement:default/ola-service-desk',
    targets: [target('P1', 'response', 'PT10M')],
    serviceHours: SERVICE_HOURS_24X7,
  };
  const withOlas = { ...gold, underpinnedBy: [hosting, desk] };
  const now = new Date('2026-11-15T00:00:00Z');

  it("show who missed their part: INC2's 6 h resolution broke the OLA's 2 h as well", () => {
    const result = monthlyAttainment(withOlas, october, '2026-10', now);
    const p1Resolution = result.targets[1];
    expect(p1Resolution.breaches).toEqual([
      {
        incidentId: 'INC2',
        entityRef: 'serviceoffering:default/checkout',
        openedAt: '2026-10-12T08:00:00.000Z',
        measuredMinutes: 360,
        targetMinutes: 240,
        underpinning: [
          {
            agreementRef: hosting.ref,
            outcome: 'breached',
            measuredMinutes: 360,
            targetMinutes: 120,
          },
        ],
      },
    ]);
    // The P1 response breach: the service desk's 10 minutes were missed too; hosting promised no response time.
    expect(result.targets[0].breaches[0].underpinning).toEqual([
      {
        agreementRef: desk.ref,
        outcome: 'breached',
        measuredMinutes: 30,
        targetMinutes: 10,
      },
    ]);
  });

  it('leave out an underpinning agreement not in force when the incident was opened', () => {
    const later = {
      ...withOlas,
      underpinnedBy: [
        {
          ...hosting,
          inForceAt: (openedAt: string) => openedAt >= '2026-10-15',
        },
      ],
    };
    const result = monthlyAttainment(later, october, '2026-10', now);
    expect(result.targets[1].breaches[0].underpinning).toEqual([]);
  });
});

describe('measureTarget', () => {
  it('runs the clock in service hours only: Friday 16:30 to Monday 09:20 is 50 business minutes', () => {
    const weekend = incident('W', 'P2', '2026-11-27T16:30:00Z', {
      respondedAt: '2026-11-30T09:20:00Z',
    });
    expect(
      measureTarget(
        weekend,
        target('P2', 'response', 'PT1H'),
        SERVICE_HOURS_BUSINESS,
        new Date('2026-12-01T00:00:00Z'),
      ),
    ).toEqual({ outcome: 'met', measuredMs: 50 * 60_000, targetMs: 3_600_000 });
  });
});

describe('monthWindow', () => {
  it('is the UTC calendar month, and refuses anything else', () => {
    expect(monthWindow('2026-02')).toEqual({
      start: new Date('2026-02-01T00:00:00Z'),
      end: new Date('2026-03-01T00:00:00Z'),
    });
    expect(() => monthWindow('2026-13')).toThrow('is not a month');
  });
});
