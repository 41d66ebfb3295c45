import {
  component,
  portfolioOffering,
  rel,
} from '@smo-backstage/plugin-smo-common/testUtils';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { Harness } from '../__testUtils__/harness';
import { createTestDatabases } from '../__testUtils__/testDatabases';

// Through the real plugin, on each database: the test portfolio (checkout delivering online-checkout, team-a, system
// shop) plus payments, delivered by pay-api (which misses most checks), and storefront, which depends on payments
// and has no component yet.
const CATALOG = [
  portfolioOffering('payments', { type: 'technical' }),
  {
    ...portfolioOffering('storefront'),
    relations: [rel('dependsOn', 'serviceoffering:default/payments')],
  },
  component(
    'pay-api',
    { owner: 'team-a', system: 'shop' },
    {
      relations: [
        rel('delivers', 'serviceoffering:default/payments'),
        rel('ownedBy', 'group:default/team-a'),
        rel('partOf', 'system:default/shop'),
      ],
    },
  ),
];

const databases = createTestDatabases();
jest.setTimeout(120_000);

describe.each(databases.eachSupportedId())('roll-ups on %p', databaseId => {
  async function start(config: object = {}, shared?: Knex) {
    const knex = shared ?? (await databases.init(databaseId));
    const backend = await startGatekeeperBackend(CATALOG, config, {
      knex,
      hiddenFrom: {
        'user:default/mallory': ['serviceoffering:default/payments'],
      },
    });
    await backend.scheduler.triggerTask('smo-readiness-sweep');
    return { ...backend, h: new Harness(backend.server), knex };
  }

  it('rolls readiness up to offerings, systems and teams, with own checks and dependency risks', async () => {
    const { h } = await start();
    const payments = (
      await h.get('alice', '/rollups/serviceoffering/default/payments')
    ).body;
    expect(payments).toMatchObject({
      kind: 'serviceoffering',
      verdict: 'not-ready',
      offeringType: 'technical',
      members: { counted: 1, notReady: 1 },
    });
    expect(payments.weakest.map((m: any) => m.entityRef)).toEqual([
      'component:default/pay-api',
    ]);
    // The offering's own checks: the offering-level ones only, each once.
    expect(payments.checks.map((c: any) => c.id).sort()).toEqual([
      'offering.owner',
      'offering.support-group',
      'process.change-owner',
      'process.incident-owner',
      'process.problem-owner',
      'sla.attainment',
      'sla.in-force',
      'sla.priority-targets',
      'sla.underpinned',
    ]);

    const storefront = (
      await h.get('alice', '/rollups/serviceoffering/default/storefront')
    ).body;
    expect(storefront).toMatchObject({
      verdict: 'not-ready',
      atRisk: true,
      members: { counted: 0 },
      dependencyRisks: [
        {
          path: [
            'serviceoffering:default/storefront',
            'serviceoffering:default/payments',
          ],
          verdict: 'not-ready',
        },
      ],
    });

    const shop = (await h.get('alice', '/rollups/system/default/shop')).body;
    // checkout names no partOf relation, so only pay-api is part of shop.
    expect(shop.members).toMatchObject({ counted: 1, notReady: 1 });
    expect(shop.checks).toEqual([]);
    expect((await h.get('alice', '/rollups/group/default/team-a')).status).toBe(
      200,
    );
    expect(
      (await h.get('alice', '/rollups/component/default/checkout')).status,
    ).toBe(400);
    expect((await h.get('alice', '/rollups/group/default/nobody')).status).toBe(
      404,
    );

    const history = (
      await h.get('alice', '/rollups/serviceoffering/default/payments/history')
    ).body;
    expect(history.items).toEqual([
      expect.objectContaining({ verdict: 'not-ready', counted: 1, ready: 0 }),
    ]);
  });

  it('lists, trends and summarises only what the caller can see', async () => {
    const { h } = await start();
    const all = (
      await h.get('alice', '/rollups?kind=serviceoffering&sort=entityRef')
    ).body;
    expect(all.items.map((r: any) => r.entityRef)).toEqual([
      'serviceoffering:default/online-checkout',
      'serviceoffering:default/payments',
      'serviceoffering:default/storefront',
    ]);
    const mallory = (await h.get('mallory', '/rollups?kind=serviceoffering'))
      .body;
    expect(mallory.totalCount).toBe(2);
    expect(
      (await h.get('mallory', '/rollups/serviceoffering/default/payments'))
        .status,
    ).toBe(404);
    // The path through the hidden offering is dropped, not shown half.
    const storefront = (
      await h.get('mallory', '/rollups/serviceoffering/default/storefront')
    ).body;
    expect(storefront.dependencyRisks).toEqual([]);

    const trend = (await h.get('alice', '/trend?by=offering')).body;
    expect(trend.totalCount).toBe(3);
    const today = DateTime.utc().toISODate();
    expect(trend.to).toBe(today);
    const series = trend.series.find(
      (s: any) => s.key === 'serviceoffering:default/payments',
    );
    expect(series.points).toEqual([
      { date: today, score: expect.any(Number), ready: 0, total: 1 },
    ]);
    expect((await h.get('mallory', '/trend?by=offering')).body.totalCount).toBe(
      2,
    );
    const tiers = (await h.get('alice', '/trend?by=tier')).body;
    expect(tiers.series.map((s: any) => s.key)).toEqual([
      'tier-1',
      'tier-2',
      'tier-3',
      'tier-4',
    ]);
    expect(
      tiers.series.reduce(
        (n: number, s: any) => n + (s.points.at(-1)?.total ?? 0),
        0,
      ),
    ).toBe(2);
    expect(
      (await h.get('alice', '/trend?from=2026-01-01&to=2027-06-01')).status,
    ).toBe(400);
    expect(
      (await h.get('alice', '/trend?from=2026-11-02&to=2026-11-01')).status,
    ).toBe(400);

    const executive = (await h.get('alice', '/executive-summary')).body;
    // Business offerings only, weakest first; nothing recorded at the end of last month, so each is new.
    expect(
      executive.items.map((r: any) => [r.offeringRef, r.movement]),
    ).toEqual([
      ['serviceoffering:default/online-checkout', 'new'],
      ['serviceoffering:default/storefront', 'new'],
    ]);
    expect(executive.items[1].dependencyRisks).toHaveLength(1);
    expect(
      (await h.get('mallory', '/executive-summary')).body.items[0]
        .dependencyRisks,
    ).toEqual([]);
  });

  it('answers asOf from what was recorded then, for roll-ups and components', async () => {
    const { h } = await start();
    const later = DateTime.utc().plus({ minutes: 1 }).toISO();
    const yesterday = DateTime.utc().minus({ days: 1 }).toISODate();
    const now = (
      await h.get('alice', '/rollups/serviceoffering/default/payments')
    ).body;
    const then = await h.get(
      'alice',
      `/rollups/serviceoffering/default/payments?asOf=${encodeURIComponent(
        later,
      )}`,
    );
    expect(then.body.verdict).toBe(now.verdict);
    expect(then.body.weakest).toEqual(now.weakest);
    const before = await h.get(
      'alice',
      `/rollups/serviceoffering/default/payments?asOf=${yesterday}`,
    );
    expect(before.status).toBe(404);
    expect(before.body.error.message).toMatch(
      /No roll-up of serviceoffering:default\/payments was recorded by/,
    );

    const payApi = await h.get(
      'alice',
      `/readiness/component/default/pay-api?asOf=${encodeURIComponent(later)}`,
    );
    expect(payApi.body).toMatchObject({
      entityRef: 'component:default/pay-api',
      verdict: 'not-ready',
    });
    expect(
      (
        await h.get(
          'alice',
          `/readiness/component/default/pay-api?asOf=${yesterday}`,
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await h.get(
          'alice',
          '/readiness/component/default/pay-api?asOf=2026-02-30',
        )
      ).status,
    ).toBe(400);
    expect(
      (await h.get('alice', '/readiness/component/default/pay-api?asOf=soon'))
        .status,
    ).toBe(400);
    expect(
      (
        await h.get(
          'mallory',
          `/rollups/serviceoffering/default/payments?asOf=${yesterday}`,
        )
      ).status,
    ).toBe(404);

    // The lists as they were: everything recorded by then, nothing before; only what the caller can see.
    const portfolio = await h.get(
      'alice',
      `/readiness?asOf=${encodeURIComponent(later)}&sort=entityRef`,
    );
    expect(portfolio.body.items.map((r: any) => r.entityRef)).toEqual([
      'component:default/checkout',
      'component:default/pay-api',
    ]);
    expect(
      (await h.get('alice', `/readiness?asOf=${yesterday}`)).body.totalCount,
    ).toBe(0);
    const mixed = await h.get(
      'alice',
      `/readiness?asOf=${yesterday}&owner=group:default/team-a`,
    );
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.message).toMatch(
      /owner and system cannot be combined with asOf/,
    );
    const offerings = await h.get(
      'alice',
      `/rollups?kind=serviceoffering&asOf=${encodeURIComponent(later)}`,
    );
    expect(offerings.body.totalCount).toBe(3);
    expect(
      (
        await h.get(
          'mallory',
          `/rollups?kind=serviceoffering&asOf=${encodeURIComponent(later)}`,
        )
      ).body.totalCount,
    ).toBe(2);
    expect(
      (await h.get('alice', `/rollups?kind=serviceoffering&asOf=${yesterday}`))
        .body.totalCount,
    ).toBe(0);
  });

  it('records a change of standard once, and marks it on the trend', async () => {
    const first = await start();
    expect(
      (await first.h.get('alice', '/standard-changes')).body.totalCount,
    ).toBe(0);
    // The same database, restarted with TechDocs made blocking for tier-3.
    const stricter = {
      smo: {
        readiness: {
          checks: { 'docs.techdocs': { severity: { 'tier-3': 'blocking' } } },
        },
      },
    };
    const second = await start(stricter, first.knex);
    const changes = (await second.h.get('alice', '/standard-changes')).body;
    expect(changes.totalCount).toBe(1);
    expect(changes.items[0]).toMatchObject({
      summary: 'docs.techdocs: tier-3 advisory → blocking',
      changes: [{ checkId: 'docs.techdocs', change: 'severity' }],
    });
    // Another sweep under the same standard records nothing more.
    await second.scheduler.triggerTask('smo-readiness-sweep');
    const trend = (await second.h.get('alice', '/trend?by=team')).body;
    expect(trend.standardChanges).toEqual(changes.items);
    expect(trend.series.map((s: any) => s.key)).toEqual([
      'group:default/team-a',
    ]);
  });
});
