import { distinctValues, summarisePortfolio } from './aggregate';
import { row } from './__testUtils__/rows';

const categories: Record<string, string> = {
  'ops.runbook': 'operations',
  'ops.on-call': 'operations',
  'continuity.recovery-objectives': 'continuity',
  'offering.catalogued': 'service-catalogue',
};
const categoryOf = (id: string) => categories[id];

const rows = [
  row('loyalty-api', {
    offerings: ['serviceoffering:default/loyalty'],
    ownerRef: 'group:default/team-loyalty',
  }),
  row('fraud-screening', {
    verdict: 'not-ready',
    score: 60,
    blockers: ['ops.runbook', 'ops.on-call', 'continuity.recovery-objectives'],
    offerings: [
      'serviceoffering:default/payments',
      'serviceoffering:default/online-checkout',
    ],
    ownerRef: 'group:default/team-payments',
  }),
  row('payments-gateway', {
    offerings: ['serviceoffering:default/payments'],
    ownerRef: 'group:default/team-payments',
  }),
  row('bare', {
    verdict: 'not-ready',
    score: 10,
    blockers: ['offering.catalogued', 'retired.check'],
    ownerRef: undefined,
  }),
];

describe('summarisePortfolio', () => {
  const summary = summarisePortfolio(rows, categoryOf);

  it('counts ready components as a whole percentage', () => {
    expect(summary).toMatchObject({
      components: 4,
      ready: 2,
      readyPercent: 50,
    });
  });

  it('counts blockers by check category, once per component and category', () => {
    expect(summary.byCategory).toEqual([
      { key: 'operations', notReady: 1, components: 1, blockers: 2 },
      { key: 'continuity', notReady: 1, components: 1, blockers: 1 },
      { key: 'service-catalogue', notReady: 1, components: 1, blockers: 1 },
      { key: 'unknown', notReady: 1, components: 1, blockers: 1 },
    ]);
  });

  it('counts services at risk: a component counts for every offering it delivers', () => {
    expect(summary.byOffering).toEqual([
      {
        key: 'serviceoffering:default/online-checkout',
        notReady: 1,
        components: 1,
        blockers: 3,
      },
      {
        key: 'serviceoffering:default/payments',
        notReady: 1,
        components: 2,
        blockers: 3,
      },
      { key: '', notReady: 1, components: 1, blockers: 2 },
      {
        key: 'serviceoffering:default/loyalty',
        notReady: 0,
        components: 1,
        blockers: 0,
      },
    ]);
  });

  it('counts by owning group, the most blocked first', () => {
    expect(summary.byOwner.map(c => [c.key, c.notReady, c.components])).toEqual(
      [
        ['group:default/team-payments', 1, 2],
        ['', 1, 1],
        ['group:default/team-loyalty', 0, 1],
      ],
    );
  });

  it('has no ready percentage for an empty portfolio', () => {
    expect(summarisePortfolio([], categoryOf)).toEqual({
      components: 0,
      ready: 0,
      readyPercent: undefined,
      byCategory: [],
      byOffering: [],
      byOwner: [],
    });
  });
});

describe('distinctValues', () => {
  it('collects set values once, sorted', () => {
    expect(distinctValues(rows, r => r.offerings)).toEqual([
      'serviceoffering:default/loyalty',
      'serviceoffering:default/online-checkout',
      'serviceoffering:default/payments',
    ]);
    expect(distinctValues(rows, r => [r.ownerRef])).toEqual([
      'group:default/team-loyalty',
      'group:default/team-payments',
    ]);
  });
});
