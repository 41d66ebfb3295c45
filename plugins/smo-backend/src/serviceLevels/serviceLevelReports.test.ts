import {
  agreement,
  component,
  portfolioAgreement,
  portfolioOffering,
  rel,
} from '@smo-backstage/plugin-smo-common/testUtils';
import { DateTime } from 'luxon';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { Harness } from '../__testUtils__/harness';

// The routes over figures computed by the scheduled task from a file source, on a catalog of its own: component
// pay-api delivers payments under the SLA silver (P1/P2 response 15 min, resolution 4 h, 99.9% availability),
// underpinned by the OLA ola-pay. Last month: a P1 outage of 5 h (late for silver and for ola-pay), a P2 in time.
const LAST = DateTime.utc().startOf('month').minus({ months: 1 });
const MONTH = LAST.toFormat('yyyy-MM');
const at = (days: number, hours: number) => LAST.plus({ days, hours }).toISO()!;

const CATALOG = [
  portfolioOffering('payments', { serviceLevelAgreements: ['silver'] }),
  portfolioAgreement('silver', {
    validUntil: undefined,
    availability: 99.9,
    underpinnedBy: ['ola-pay'],
  }),
  portfolioAgreement('ola-pay', {
    type: 'ola',
    validUntil: undefined,
    underpinnedBy: [],
  }),
  agreement('unused-sla', { validUntil: undefined }),
  component(
    'pay-api',
    { owner: 'team-a', system: 'shop' },
    {
      relations: [
        rel('delivers', 'serviceoffering:default/payments'),
        rel('ownedBy', 'group:default/team-a'),
      ],
    },
  ),
];

const INCIDENTS = [
  {
    id: 'PAY-1',
    entityRef: 'component:default/pay-api',
    priority: 'P1',
    openedAt: at(2, 10),
    respondedAt: at(2, 10.05),
    resolvedAt: at(2, 15),
    outage: true,
    summary: 'Card payments failing',
  },
  {
    id: 'PAY-2',
    entityRef: 'component:default/pay-api',
    priority: 'P2',
    openedAt: at(5, 8),
    respondedAt: at(5, 8.1),
    resolvedAt: at(5, 9),
  },
];

async function backend(
  options: { hiddenFrom?: Record<string, string[]>; sources?: boolean } = {},
) {
  const file = join(mkdtempSync(join(tmpdir(), 'smo-sl-')), 'incidents.json');
  writeFileSync(file, JSON.stringify(INCIDENTS));
  const { server, scheduler } = await startGatekeeperBackend(
    CATALOG,
    options.sources === false
      ? {}
      : { smo: { serviceLevels: { incidents: { files: [file] } } } },
    { hiddenFrom: options.hiddenFrom },
  );
  if (options.sources !== false) {
    await scheduler.triggerTask('smo-service-levels');
  }
  return Object.assign(new Harness(server), { scheduler });
}

const lastMonthOf = (body: any) =>
  body.agreements[0].months.find((m: any) => m.month === MONTH);

describe('GET /service-levels/:kind/:namespace/:name', () => {
  it("reports an offering's agreements per month: the breach with its incident and the OLA that missed its part", async () => {
    const h = await backend();
    const res = await h.get(
      'mallory',
      '/service-levels/serviceoffering/default/payments',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: 'serviceoffering:default/payments',
      to: DateTime.utc().toFormat('yyyy-MM'),
      measured: true,
    });
    expect(res.body.agreements.map((a: any) => a.agreementRef)).toEqual([
      'servicelevelagreement:default/silver',
    ]);
    expect(res.body.agreements[0]).toMatchObject({
      type: 'sla',
      availability: 99.9,
      serviceHours: '24x7',
    });
    const month = lastMonthOf(res.body);
    const serviceMinutes = LAST.daysInMonth! * 1440;
    const percent = Math.floor((1 - 300 / serviceMinutes) * 10_000) / 100;
    expect(month).toMatchObject({
      status: 'breached',
      summary: [
        `${percent}% available against 99.9% promised (5 h of outage)`,
        'the P1 incident resolved late',
        'every other target met',
      ],
      corrections: [],
    });
    expect(month.figures.incidentIds).toEqual(['PAY-1', 'PAY-2']);
    const p1Resolution = month.figures.targets.find(
      (t: any) => t.priority === 'P1' && t.metric === 'resolution',
    );
    expect(p1Resolution.breaches).toEqual([
      {
        incidentId: 'PAY-1',
        entityRef: 'component:default/pay-api',
        openedAt: at(2, 10),
        summary: 'Card payments failing',
        measuredMinutes: 300,
        targetMinutes: 240,
        underpinning: [
          {
            agreementRef: 'servicelevelagreement:default/ola-pay',
            outcome: 'breached',
            measuredMinutes: 300,
            targetMinutes: 240,
          },
        ],
      },
    ]);
  });

  it('reports the same agreements for the agreement itself and for a component delivering the offering', async () => {
    const h = await backend();
    const [byAgreement, byComponent] = await Promise.all([
      h.get('alice', '/service-levels/servicelevelagreement/default/silver'),
      h.get('alice', '/service-levels/component/default/pay-api'),
    ]);
    expect(lastMonthOf(byAgreement.body).status).toBe('breached');
    expect(byComponent.body.agreements).toEqual(byAgreement.body.agreements);
  });

  it('keeps the range asked for, within 24 months', async () => {
    const h = await backend();
    const ok = await h.get(
      'alice',
      `/service-levels/servicelevelagreement/default/silver?from=${MONTH}&to=${MONTH}`,
    );
    expect(ok.body.agreements[0].months.map((m: any) => m.month)).toEqual([
      MONTH,
    ]);
    const bad = [
      ['?from=2026-10&to=2026-09', 'from (2026-10) is after to (2026-09)'],
      [
        '?from=2024-01&to=2026-01',
        '2024-01 to 2026-01 spans 25 months; a report covers at most 24',
      ],
      ['?from=2026-13', /must match pattern/],
    ] as const;
    for (const [query, message] of bad) {
      const res = await h.get(
        'alice',
        `/service-levels/servicelevelagreement/default/silver${query}`,
      );
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.message).toMatch(message);
    }
  });

  it('answers 400 for kinds without service levels and 404 for unknown or hidden entities', async () => {
    const h = await backend({
      hiddenFrom: { 'user:default/mallory': ['component:default/pay-api'] },
    });
    const group = await h.get('alice', '/service-levels/group/default/team-a');
    expect(group.status).toBe(400);
    expect(group.body.error.message).toBe(
      'Service levels are reported for ServiceLevelAgreement, ServiceOffering and Component entities, not group',
    );
    for (const [caller, path] of [
      ['alice', '/service-levels/component/default/nope'],
      ['mallory', '/service-levels/component/default/pay-api'],
    ] as const) {
      const res = await h.get(caller, path);
      expect(res.status).toBe(404);
    }
    expect((await h.get('none', '/service-levels')).status).toBe(401);
  });

  it("shows a breach's incident without its entity and summary, and without underpinning agreements, to who cannot see them", async () => {
    const h = await backend({
      hiddenFrom: {
        'user:default/mallory': [
          'component:default/pay-api',
          'servicelevelagreement:default/ola-pay',
        ],
      },
    });
    const res = await h.get(
      'mallory',
      '/service-levels/serviceoffering/default/payments',
    );
    const breach = lastMonthOf(res.body).figures.targets.find(
      (t: any) => t.breached > 0,
    ).breaches[0];
    expect(breach).toEqual({
      incidentId: 'PAY-1',
      openedAt: at(2, 10),
      measuredMinutes: 300,
      targetMinutes: 240,
      underpinning: [],
    });
  });

  it('says when nothing is measured: no incident source configured', async () => {
    const h = await backend({ sources: false });
    const res = await h.get(
      'alice',
      '/service-levels/serviceoffering/default/payments',
    );
    expect(res.body).toMatchObject({ measured: false });
    expect(res.body.agreements[0].months).toEqual([]);
  });
});

describe('GET /service-levels', () => {
  it("lists last month's offerings with figures, worst first, counting only what the caller can see", async () => {
    const h = await backend({
      hiddenFrom: {
        'user:default/mallory': ['serviceoffering:default/payments'],
      },
    });
    const res = await h.get('alice', '/service-levels');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      month: MONTH,
      measured: true,
      offset: 0,
      limit: 50,
    });
    expect(res.body.items.map((r: any) => [r.offeringRef, r.status])).toEqual([
      ['serviceoffering:default/payments', 'breached'],
      ['serviceoffering:default/online-checkout', 'no-incidents'],
    ]);
    expect(res.body.items[0].agreements).toEqual([
      expect.objectContaining({
        agreementRef: 'servicelevelagreement:default/silver',
        type: 'sla',
        status: 'breached',
        breaches: 1,
        frozen: false,
      }),
    ]);
    expect(res.body.totalCount).toBe(2);

    const hidden = await h.get('mallory', '/service-levels');
    expect(hidden.body.totalCount).toBe(1);
    expect(hidden.body.items.map((r: any) => r.offeringRef)).toEqual([
      'serviceoffering:default/online-checkout',
    ]);

    const page = await h.get(
      'alice',
      `/service-levels?month=${MONTH}&limit=1&offset=1`,
    );
    expect(page.body.items.map((r: any) => r.offeringRef)).toEqual([
      'serviceoffering:default/online-checkout',
    ]);
    expect(page.body.totalCount).toBe(2);
    expect((await h.get('alice', '/service-levels?month=2026-1')).status).toBe(
      400,
    );
    expect((await h.get('alice', '/service-levels?limit=201')).status).toBe(
      400,
    );
  });
});

describe('the sla.attainment check', () => {
  it("fails for a component whose offering's SLA was breached last month, and is not applicable without a source", async () => {
    const h = await backend();
    await h.scheduler.triggerTask('smo-readiness-sweep');
    const res = await h.get('alice', '/readiness/component/default/pay-api');
    const check = res.body.checks.find((c: any) => c.id === 'sla.attainment');
    expect(check).toMatchObject({ status: 'fail', severity: 'advisory' });
    expect(check.message).toMatch(
      new RegExp(
        `^SLA silver was breached in ${MONTH}: .*available against 99.9% promised \\(5 h of outage\\); the P1 incident resolved late$`,
      ),
    );
    // The check of a component under an SLA without incidents passes.
    const checkout = await h.get(
      'alice',
      '/readiness/component/default/checkout',
    );
    expect(
      checkout.body.checks.find((c: any) => c.id === 'sla.attainment'),
    ).toMatchObject({
      status: 'pass',
      message: `SLA gold was met in ${MONTH}: no incidents`,
    });

    const unmeasured = await backend({ sources: false });
    await unmeasured.scheduler.triggerTask('smo-readiness-sweep');
    const none = await unmeasured.get(
      'alice',
      '/readiness/component/default/pay-api',
    );
    expect(
      none.body.checks.find((c: any) => c.id === 'sla.attainment').status,
    ).toBe('not-applicable');
  });
});
