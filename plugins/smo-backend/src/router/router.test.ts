import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { smoPlugin } from '../plugin';
import { portfolio, readyComponent } from '../__testUtils__/fixtures';

const bare = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'legacy-batch', namespace: 'default' },
  spec: { type: 'service', owner: 'nobody' },
};

async function start(
  options: { permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY } = {},
) {
  const actionsRegistry = actionsRegistryServiceMock();
  const { server } = await startTestBackend({
    features: [
      smoPlugin,
      catalogServiceMock.factory({
        entities: [...portfolio(), readyComponent(), bare],
      }),
      mockServices.permissions.factory({
        result: options.permission ?? AuthorizeResult.ALLOW,
      }),
      {
        ...actionsRegistryServiceMock.factory(),
        factory: () => actionsRegistry,
      } as any,
    ],
  });
  return { server, actionsRegistry };
}

const user = mockCredentials.user.header();

describe('SMO readiness API', () => {
  it('returns the spec shape for one entity, evaluating it on first read', async () => {
    const { server } = await start();
    const res = await request(server)
      .get('/api/smo/readiness/component/default/checkout')
      .set('Authorization', user);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: 'component:default/checkout',
      tier: 'tier-1',
      verdict: 'not-ready',
      blockers: ['continuity.restore-tested', 'security.review'],
      evaluatedAt: expect.any(String),
    });
    expect(res.body.checks[0]).toEqual({
      id: 'offering.catalogued',
      title: expect.any(String),
      category: 'service-catalogue',
      severity: 'blocking',
      status: 'pass',
      message: 'delivers online-checkout',
      weight: 3,
      howToFix: expect.any(String),
    });
  });

  it('answers 404 for unknown entities and 400 naming the field for bad input', async () => {
    const { server } = await start();
    const missing = await request(server)
      .get('/api/smo/readiness/component/default/nope')
      .set('Authorization', user);
    expect(missing.status).toBe(404);
    const bad = await request(server)
      .get('/api/smo/readiness?verdict=maybe')
      .set('Authorization', user);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('verdict');
    const extra = await request(server)
      .get('/api/smo/readiness?colour=red')
      .set('Authorization', user);
    expect(extra.status).toBe(400);
    const badName = await request(server)
      .get('/api/smo/readiness/component/default/a%20b')
      .set('Authorization', user);
    expect(badName.status).toBe(400);
    expect(badName.body.error.message).toContain('name');
  });

  it('requires authentication on every route', async () => {
    const { server } = await start();
    for (const [method, path] of [
      ['get', '/api/smo/health'],
      ['get', '/api/smo/checks'],
      ['get', '/api/smo/readiness'],
      ['get', '/api/smo/readiness/component/default/checkout'],
      ['post', '/api/smo/readiness/component/default/checkout/refresh'],
      ['get', '/api/smo/readiness/component/default/checkout/history'],
      ['get', '/api/smo/gate/component/default/checkout'],
    ] as const) {
      const res = await request(server)
        [method](path)
        .set('Authorization', mockCredentials.none.header());
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
    }
  });

  it('refreshes when permitted, lists the portfolio and keeps history', async () => {
    const { server } = await start();
    for (const name of ['checkout', 'legacy-batch']) {
      const res = await request(server)
        .post(`/api/smo/readiness/component/default/${name}/refresh`)
        .set('Authorization', user);
      expect(res.status).toBe(200);
    }
    const list = await request(server)
      .get('/api/smo/readiness?sort=score&order=desc')
      .set('Authorization', user);
    expect(list.status).toBe(200);
    expect(list.body.totalCount).toBe(2);
    expect(list.body.items.map((i: any) => i.entityRef)).toEqual([
      'component:default/checkout',
      'component:default/legacy-batch',
    ]);
    const notReady = await request(server)
      .get('/api/smo/readiness?verdict=not-ready&maxScore=50')
      .set('Authorization', user);
    expect(notReady.body.items.map((i: any) => i.entityRef)).toEqual([
      'component:default/legacy-batch',
    ]);

    const history = await request(server)
      .get('/api/smo/readiness/component/default/checkout/history')
      .set('Authorization', user);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({
      verdict: 'not-ready',
      tier: 'tier-1',
    });
  });

  it('refuses refresh without permission', async () => {
    const { server } = await start({ permission: AuthorizeResult.DENY });
    const res = await request(server)
      .post('/api/smo/readiness/component/default/checkout/refresh')
      .set('Authorization', user);
    expect(res.status).toBe(403);
  });

  it('serves the CI gate and the check definitions', async () => {
    const { server } = await start();
    const gate = await request(server)
      .get('/api/smo/gate/component/default/legacy-batch')
      .set('Authorization', mockCredentials.service.header());
    expect(gate.status).toBe(200);
    expect(gate.body.pass).toBe(false);
    expect(gate.body.blockers.map((b: any) => b.id)).toContain(
      'offering.catalogued',
    );
    expect(gate.body.blockers[0]).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      status: expect.any(String),
      message: expect.any(String),
      howToFix: expect.any(String),
    });
    const checks = await request(server)
      .get('/api/smo/checks')
      .set('Authorization', user);
    expect(checks.body.items).toHaveLength(18);
    expect(
      checks.body.items.find((c: any) => c.id === 'security.review'),
    ).toMatchObject({
      source: 'builtin',
      attestation: { type: 'security-review', validityDays: 365 },
      severity: { 'tier-1': 'blocking', 'tier-3': 'advisory' },
    });
  });

  it('registers get-readiness and list-blockers actions', async () => {
    const { actionsRegistry } = await start();
    const result = await actionsRegistry.invoke({
      id: 'test:list-blockers',
      input: { entityRef: 'component:default/legacy-batch' },
      credentials: mockCredentials.user(),
    });
    expect(result.output).toMatchObject({
      verdict: 'not-ready',
      blockers: expect.arrayContaining([
        expect.objectContaining({ id: 'ops.owner' }),
      ]),
    });
    const readiness = await actionsRegistry.invoke({
      id: 'test:get-readiness',
      input: { entityRef: 'checkout' },
      credentials: mockCredentials.user(),
    });
    expect(readiness.output).toMatchObject({
      entityRef: 'component:default/checkout',
      tier: 'tier-1',
    });
  });
});
