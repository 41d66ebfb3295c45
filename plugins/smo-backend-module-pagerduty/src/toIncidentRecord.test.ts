import { parseIncidentRecord } from '@smo-backstage/plugin-smo-common';
import {
  firstAcknowledgement,
  MappingContext,
  PagerDutyIncident,
  readIncident,
  toIncidentRecord,
} from './toIncidentRecord';
import { fixture } from './__testUtils__/pagerDutyServer';

const INCIDENTS: any[] = [
  ...fixture('incidents-page-1.json').incidents,
  ...fixture('incidents-page-2.json').incidents,
];
const raw = (id: string) => INCIDENTS.find(i => i.id === id);
const incident = (id: string) => readIncident(raw(id)) as PagerDutyIncident;

const CONTEXT: MappingContext = {
  entityRef: 'component:default/online-checkout-web',
  outagePriorities: ['P1'],
  urgencyPriorities: { high: 'P2', low: 'P3' },
};

describe('readIncident', () => {
  it('takes the fields the mapping needs', () => {
    expect(incident('Q3CHKPAY0001AB')).toEqual({
      id: 'Q3CHKPAY0001AB',
      serviceId: 'PCHKOUT',
      createdAt: '2026-03-02T10:00:00Z',
      status: 'resolved',
      title: 'Card payments failing at checkout',
      priority: 'P1',
      urgency: 'high',
      resolvedAt: '2026-03-02T15:00:00Z',
      lastStatusChangeAt: '2026-03-02T15:00:00Z',
    });
  });

  it('calls an incident without created_at, service or id unreadable instead of throwing', () => {
    expect(readIncident(raw('Q3CHK000006KL'))).toEqual({
      unreadable: 'PagerDuty incident Q3CHK000006KL: no created_at',
    });
    expect(readIncident({ ...raw('Q3CHKPAY0001AB'), service: null })).toEqual({
      unreadable: 'PagerDuty incident Q3CHKPAY0001AB: no service',
    });
    expect(readIncident({ title: 'x' })).toEqual({
      unreadable: 'PagerDuty incident without an id',
    });
    expect(readIncident(null)).toEqual({
      unreadable: 'PagerDuty incident without an id',
    });
  });
});

describe('firstAcknowledgement', () => {
  it('is the earliest acknowledge_log_entry, whatever the order PagerDuty lists them in', () => {
    const entries = fixture('log-entries/Q3CHKPAY0001AB.json').log_entries;
    expect(firstAcknowledgement(entries)).toBe('2026-03-02T10:04:00Z');
    expect(firstAcknowledgement([...entries].reverse())).toBe(
      '2026-03-02T10:04:00Z',
    );
  });

  it('is undefined without an acknowledgement', () => {
    expect(
      firstAcknowledgement(
        fixture('log-entries/Q3CHK000003EF.json').log_entries,
      ),
    ).toBeUndefined();
  });
});

describe('toIncidentRecord', () => {
  it('maps a resolved P1: outage, responded at the first acknowledgement', () => {
    const record = toIncidentRecord(incident('Q3CHKPAY0001AB'), {
      ...CONTEXT,
      acknowledgedAt: '2026-03-02T10:04:00Z',
    });
    expect(record).toEqual({
      id: 'pagerduty:Q3CHKPAY0001AB',
      entityRef: 'component:default/online-checkout-web',
      priority: 'P1',
      openedAt: '2026-03-02T10:00:00Z',
      respondedAt: '2026-03-02T10:04:00Z',
      resolvedAt: '2026-03-02T15:00:00Z',
      outage: true,
      summary: 'Card payments failing at checkout',
    });
    // What the backend checks before a record counts.
    expect(parseIncidentRecord(record)).toHaveProperty('record');
  });

  it('takes the priority from the urgency when PagerDuty has none: high → P2 by default', () => {
    expect(
      toIncidentRecord(incident('Q3SRCH00002CD'), {
        ...CONTEXT,
        acknowledgedAt: '2026-03-05T08:20:00Z',
      }),
    ).toEqual({
      id: 'pagerduty:Q3SRCH00002CD',
      entityRef: 'component:default/online-checkout-web',
      priority: 'P2',
      openedAt: '2026-03-05T08:00:00Z',
      respondedAt: '2026-03-05T08:20:00Z',
      outage: false,
      summary: 'Search results slow',
    });
  });

  it('counts a resolution without acknowledgement as the response, resolved_at missing: the last status change', () => {
    expect(toIncidentRecord(incident('Q3CHK000003EF'), CONTEXT)).toMatchObject({
      priority: 'P3',
      respondedAt: '2026-03-09T13:00:00Z',
      resolvedAt: '2026-03-09T13:00:00Z',
      outage: false,
    });
  });

  it('maps P5 to P4 and leaves an open, unacknowledged incident without response and resolution', () => {
    const record = toIncidentRecord(incident('Q3CHK000004GH'), CONTEXT);
    expect(record).toEqual({
      id: 'pagerduty:Q3CHK000004GH',
      entityRef: 'component:default/online-checkout-web',
      priority: 'P4',
      openedAt: '2026-03-20T07:00:00Z',
      outage: false,
      summary: 'Voucher codes rejected for one campaign',
    });
  });

  it('follows the configured outage priorities and urgency priorities', () => {
    const context: MappingContext = {
      ...CONTEXT,
      outagePriorities: ['P1', 'P3'],
      urgencyPriorities: { high: 'P1', low: 'P3' },
    };
    expect(toIncidentRecord(incident('Q3SRCH00002CD'), context)).toMatchObject({
      priority: 'P1',
      outage: true,
    });
    expect(toIncidentRecord(incident('Q3CHK000003EF'), context)).toMatchObject({
      priority: 'P3',
      outage: true,
    });
    expect(
      toIncidentRecord(incident('Q3CHKPAY0001AB'), {
        ...CONTEXT,
        outagePriorities: [],
      }),
    ).toMatchObject({ priority: 'P1', outage: false });
  });

  it('calls an incident without a usable priority or resolution time unreadable', () => {
    expect(
      toIncidentRecord(
        { ...incident('Q3CHK000004GH'), priority: 'SEV-1', urgency: undefined },
        CONTEXT,
      ),
    ).toEqual({
      unreadable:
        'PagerDuty incident Q3CHK000004GH: neither a priority P1-P5 nor an urgency (priority "SEV-1", urgency null)',
    });
    expect(
      toIncidentRecord(
        {
          ...incident('Q3CHK000003EF'),
          resolvedAt: undefined,
          lastStatusChangeAt: undefined,
        },
        CONTEXT,
      ),
    ).toEqual({
      unreadable:
        'PagerDuty incident Q3CHK000003EF: resolved, but no resolved_at',
    });
  });
});
