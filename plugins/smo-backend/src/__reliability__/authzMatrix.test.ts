import { parseEntityRef } from '@backstage/catalog-model';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { documentedRoutes, servedRoutes } from '../__testUtils__/routes';
import { Caller, componentsNamed, Harness } from '../__testUtils__/harness';
import {
  MATRIX_CAMPAIGN,
  RouteCase,
  ROUTES,
  routeComponent,
} from '../__testUtils__/routeTable';

const names = Object.keys(ROUTES).map(
  r => parseEntityRef(routeComponent(r)).name,
);

describe('authorization matrix over every route of the API', () => {
  let h: Harness;
  let audit: Awaited<
    ReturnType<typeof startGatekeeperBackend>
  >['recorded']['audit'];

  beforeAll(async () => {
    const backend = await startGatekeeperBackend(componentsNamed(names), {
      smo: { improvement: { campaigns: [MATRIX_CAMPAIGN] } },
    });
    h = new Harness(backend.server);
    audit = backend.recorded.audit;
    await backend.scheduler.triggerTask('smo-readiness-sweep');
  });

  afterAll(() => {
    const mutations = Object.values(ROUTES).filter(
      r => r.guard.kind === 'mutation',
    );
    // Figures for docs/security.md.
    console.log(
      `authz matrix: ${Object.keys(ROUTES).length} routes covered (${
        mutations.length
      } mutations), ` +
        `${Object.keys(ROUTES).length * 4} caller × route cases`,
    );
  });

  it('covers exactly the routes the router serves and the OpenAPI document lists', async () => {
    const table = Object.keys(ROUTES).sort();
    expect(table).toEqual(await servedRoutes());
    expect(table).toEqual(documentedRoutes());
  });

  const byKind = (kind: 'read' | 'mutation') =>
    Object.entries(ROUTES).filter(([, c]) => c.guard.kind === kind);
  const request = async (route: string, prepare: RouteCase['prepare']) => {
    const { path, body } = await prepare(h, routeComponent(route));
    const method = route.startsWith('POST') ? 'post' : 'get';
    return (caller: Caller) => h.call(caller, method, path, body);
  };

  it.each(byKind('read'))(
    '%s: 401 without credentials, 200 for any user or service',
    async (route, { prepare }) => {
      const call = await request(route, prepare);
      const statuses = [];
      for (const caller of ['none', 'service', 'mallory'] as const) {
        statuses.push((await call(caller)).status);
      }
      expect(statuses).toEqual([401, 200, 200]);
    },
  );

  it.each(byKind('mutation'))(
    '%s: 401 without credentials, 403 without permission or as a service where only users act, 2xx when permitted; audited',
    async (route, { guard, prepare }) => {
      if (guard.kind !== 'mutation') throw new Error('not a mutation');
      const call = await request(route, prepare);
      const eventsOf = (outcome: 'success' | 'fail') =>
        audit.filter(
          a => a.eventId === guard.auditEvent && a.outcome === outcome,
        ).length;

      expect((await call('none')).status).toBe(401);
      // Service tokens act only where the API allows them, and then only with the permission.
      expect((await call('service')).status).toBe(
        guard.services === 'users-only' ? 403 : 200,
      );
      const failed = eventsOf('fail');
      expect((await call('mallory')).status).toBe(403);
      expect(eventsOf('fail')).toBe(failed + 1); // the refusal is audited

      const succeeded = eventsOf('success');
      const res = await call(guard.permitted);
      expect({ status: res.status, body: res.body }).toMatchObject({
        status: guard.success,
      });
      expect(eventsOf('success')).toBe(succeeded + 1);
      // The event names the entity acted on.
      expect(audit[audit.length - 1]).toMatchObject({
        eventId: guard.auditEvent,
        outcome: 'success',
        request: { entityRef: routeComponent(route) },
      });
    },
  );
});
