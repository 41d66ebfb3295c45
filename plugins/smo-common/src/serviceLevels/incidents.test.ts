import { parseIncidentRecord } from './incidents';

const valid = {
  id: 'INC0010001',
  entityRef: 'Component:default/Checkout-API',
  priority: 'P2',
  openedAt: '2026-10-05T12:00:00+02:00',
  respondedAt: '2026-10-05T12:20:00+02:00',
  resolvedAt: '2026-10-05T15:00:00+02:00',
  outage: false,
  summary: '  Payments declined for some cards  ',
};

describe('parseIncidentRecord', () => {
  it('normalises a valid record: times in UTC, the ref canonical, text trimmed', () => {
    expect(parseIncidentRecord(valid)).toEqual({
      record: {
        id: 'INC0010001',
        entityRef: 'component:default/checkout-api',
        priority: 'P2',
        openedAt: '2026-10-05T10:00:00.000Z',
        respondedAt: '2026-10-05T10:20:00.000Z',
        resolvedAt: '2026-10-05T13:00:00.000Z',
        summary: 'Payments declined for some cards',
      },
    });
  });

  it.each([
    [null, 'not an object'],
    [{ ...valid, id: ' ' }, 'id is missing'],
    [{ ...valid, entityRef: 'checkout-api' }, 'is not a kinded ref'],
    [{ ...valid, entityRef: 'group:default/ops' }, 'is not a kinded ref'],
    [{ ...valid, priority: 'P5' }, 'is not one of P1-P4'],
    [{ ...valid, openedAt: undefined }, 'openedAt is missing'],
    [{ ...valid, openedAt: '2026-10-05T12:00:00' }, 'with an offset'],
    [{ ...valid, resolvedAt: 'yesterday' }, 'resolvedAt "yesterday"'],
    [
      { ...valid, respondedAt: '2026-10-05T09:00:00Z' },
      'respondedAt is before openedAt',
    ],
    [{ ...valid, outage: 'yes' }, 'outage is not true or false'],
  ])('skips %j, saying why', (raw, reason) => {
    const parsed = parseIncidentRecord(raw);
    expect('reason' in parsed && parsed.reason).toContain(reason);
  });
});
