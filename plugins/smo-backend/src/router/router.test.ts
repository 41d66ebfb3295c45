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

const user = mockCredentials.user.header();

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
  /** A request as `user` (or whom `authorization` names). */
  const call = (method: 'get' | 'post', path: string, authorization = user) =>
    request(server)[method](path).set('Authorization', authorization);
  return {
    server,
    actionsRegistry,
    get: (path: string) => call('get', path),
    post: (path: string) => call('post', path),
    call,
  };
}

describe('SMO readiness API', () => {
  it('returns the spec shape for one entity, evaluating it on first read', async () => {
    const { get } = await start();
    const res = await get('/api/smo/readiness/component/default/checkout');
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

  it('answers a conditional request for an unchanged result with 304 and no body (issue 19)', async () => {
    const { get, call } = await start();
    const path = '/api/smo/readiness/component/default/checkout';
    const first = await get(path);
    expect(first.headers.etag).toEqual(expect.any(String));
    const again = await call('get', path).set(
      'If-None-Match',
      first.headers.etag,
    );
    expect(again.status).toBe(304);
    expect(again.text).toBeFalsy();
  });

  it.each([
    ['/readiness/component/default/nope', 404, ''],
    ['/readiness?verdict=maybe', 400, 'verdict'],
    ['/readiness?colour=red', 400, ''],
    ['/readiness/component/default/a%20b', 400, 'name'],
  ])(
    'answers GET %s with %p, naming the bad field (%s)',
    async (path, status, field) => {
      const { get } = await start();
      const res = await get(`/api/smo${path}`);
      expect(res.status).toBe(status);
      expect(res.body.error.message).toContain(field);
    },
  );

  it('says what is wrong with a refused body: the unknown fields, blank text', async () => {
    const { call } = await start();
    const send = (path: string, body: object) =>
      call('post', `/api/smo${path}`).send(body);
    const unknown = await send('/handovers', {
      entityRef: 'component:default/checkout',
      colour: 'red',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(
      'request/body has fields the API does not know: colour (allowed: entityRef)',
    );
    const blank = await send('/waivers', {
      entityRef: 'component:default/checkout',
      checkId: 'ops.runbook',
      justification: ' \t ',
      expiresAt: '2027-01-01T00:00:00Z',
    });
    expect(blank.status).toBe(400);
    expect(blank.body.error.message).toBe(
      'request/body/justification must not be empty or blank',
    );
    const spaced = await send('/waivers', {
      entityRef: 'component:default/checkout',
      checkId: 'ops.runbook',
      justification: '  Rollback drill planned for the next release  ',
      expiresAt: '2027-01-01T00:00:00Z',
    });
    expect(spaced.status).toBe(201);
    expect(spaced.body.justification).toBe(
      'Rollback drill planned for the next release',
    );
  });

  it('requires authentication on every route', async () => {
    const { call } = await start();
    for (const [method, path] of [
      ['get', '/api/smo/health'],
      ['get', '/api/smo/checks'],
      ['get', '/api/smo/readiness'],
      ['get', '/api/smo/readiness/component/default/checkout'],
      ['post', '/api/smo/readiness/component/default/checkout/refresh'],
      ['get', '/api/smo/readiness/component/default/checkout/history'],
      ['get', '/api/smo/gate/component/default/checkout'],
    ] as const) {
      const res = await call(method, path, mockCredentials.none.header());
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
    }
  });

  it('refreshes when permitted, lists the portfolio and keeps history', async () => {
    const { get, post } = await start();
    for (const name of ['checkout', 'legacy-batch']) {
      const res = await post(
        `/api/smo/readiness/component/default/${name}/refresh`,
      );
      expect(res.status).toBe(200);
    }
    const list = await get('/api/smo/readiness?sort=score&order=desc');
    expect(list.status).toBe(200);
    expect(list.body.totalCount).toBe(2);
    expect(list.body.items.map((i: any) => i.entityRef)).toEqual([
      'component:default/checkout',
      'component:default/legacy-batch',
    ]);
    const notReady = await get(
      '/api/smo/readiness?verdict=not-ready&maxScore=50',
    );
    expect(notReady.body.items.map((i: any) => i.entityRef)).toEqual([
      'component:default/legacy-batch',
    ]);

    const history = await get(
      '/api/smo/readiness/component/default/checkout/history',
    );
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({
      verdict: 'not-ready',
      tier: 'tier-1',
    });
  });

  it('refuses refresh without permission', async () => {
    const { post } = await start({ permission: AuthorizeResult.DENY });
    const res = await post(
      '/api/smo/readiness/component/default/checkout/refresh',
    );
    expect(res.status).toBe(403);
  });

  it('serves the CI gate and the check definitions', async () => {
    const { get, call } = await start();
    const gate = await call(
      'get',
      '/api/smo/gate/component/default/legacy-batch',
      mockCredentials.service.header(),
    );
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
    const checks = await get('/api/smo/checks');
    expect(checks.body.items).toHaveLength(19);
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
    const invoke = (action: string, entityRef: string) =>
      actionsRegistry.invoke({
        id: `test:${action}`,
        input: { entityRef },
        credentials: mockCredentials.user(),
      });
    const result = await invoke(
      'list-blockers',
      'component:default/legacy-batch',
    );
    expect(result.output).toMatchObject({
      verdict: 'not-ready',
      blockers: expect.arrayContaining([
        expect.objectContaining({ id: 'ops.owner' }),
      ]),
    });
    const readiness = await invoke('get-readiness', 'checkout');
    expect(readiness.output).toMatchObject({
      entityRef: 'component:default/checkout',
      tier: 'tier-1',
    });
  });
});
