import { createBackendModule } from '@backstage/backend-plugin-api';
import { smoChecksExtensionPoint } from '@smo-backstage/plugin-smo-node';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { componentsNamed, Harness } from '../__testUtils__/harness';

const SWEEP = 'smo-readiness-sweep';

const STORED_READS = [
  '/readiness/component/default/checkout',
  '/gate/component/default/checkout',
  '/readiness/component/default/checkout/history',
  // The portfolio: its titles are stored with the results.
  '/readiness?sort=entityRef',
];

describe('catalog outage', () => {
  it('fails reads closed for callers whose catalog read is conditional, serves stored results to those who read every entity, refuses refresh, and recovers', async () => {
    // mallory's catalog read is conditional (the catalog hides an entity from her); alice's and services' are not.
    const { server, outage, scheduler } = await startGatekeeperBackend(
      [],
      {},
      {
        hiddenFrom: { 'user:default/mallory': ['component:default/elsewhere'] },
      },
    );
    const h = new Harness(server);
    await scheduler.triggerTask(SWEEP);
    const before = await h.get(
      'alice',
      '/readiness/component/default/checkout',
    );
    expect(before.status).toBe(200);

    outage.down = true;
    await scheduler.triggerTask(SWEEP); // fails: nothing is confirmed, nothing half-written
    const malloryReads = await Promise.all(
      STORED_READS.map(path => h.get('mallory', path)),
    );
    expect(malloryReads.map(r => r.status)).toEqual([503, 503, 503, 503]);
    expect(malloryReads[0].body.error.message).toContain(
      'catalog is unavailable',
    );
    for (const caller of ['alice', 'service'] as const) {
      const reads = await Promise.all(
        STORED_READS.map(path => h.get(caller, path)),
      );
      expect(reads.map(r => r.status)).toEqual([200, 200, 200, 200]);
      expect(reads[3].body.items.length).toBeGreaterThan(0);
      // The stored result, unchanged: evaluatedAt is from before the outage and shows its age.
      expect(reads[0].body).toEqual(before.body);
      expect(reads[1].body).toMatchObject({
        evaluatedAt: before.body.evaluatedAt,
        verdict: before.body.verdict,
      });
    }

    const refresh = await h.call(
      'alice',
      'post',
      '/readiness/component/default/checkout/refresh',
    );
    expect({
      status: refresh.status,
      message: refresh.body.error?.message,
    }).toEqual({
      status: 503,
      message: expect.stringContaining('catalog is unavailable'),
    });
    // Nothing stored for this one: there is nothing to serve, and the answer says why.
    const unknown = await h.get(
      'service',
      '/readiness/component/default/never-read',
    );
    expect(unknown.status).toBe(503);
    expect((await h.get('alice', '/health')).status).toBe(200);

    outage.down = false;
    const refreshed = await h.call(
      'alice',
      'post',
      '/readiness/component/default/checkout/refresh',
    );
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.evaluatedAt > before.body.evaluatedAt).toBe(true);
    expect(
      (await h.get('mallory', '/readiness/component/default/checkout')).status,
    ).toBe(200);
  });
});

describe('a contributed check that throws', () => {
  it('reports error for that check and entity only, through the API', async () => {
    const flaky = createBackendModule({
      pluginId: 'smo',
      moduleId: 'flaky-check',
      register(reg) {
        reg.registerInit({
          deps: { smoChecks: smoChecksExtensionPoint },
          async init({ smoChecks }) {
            smoChecks.addCheck({
              id: 'acme.flaky',
              title: 'Flaky check',
              category: 'operations',
              howToFix: 'Nothing to fix: the check is broken.',
              severity: {
                'tier-1': 'advisory',
                'tier-2': 'advisory',
                'tier-3': 'advisory',
                'tier-4': 'advisory',
              },
              evaluate: ({ entity }) => {
                if (entity.metadata.name === 'checkout') {
                  throw new Error('upstream exploded');
                }
                return { status: 'pass', message: 'fine' };
              },
            });
          },
        });
      },
    });
    const { server } = await startGatekeeperBackend(
      componentsNamed(['steady']),
      {},
      { features: [flaky] },
    );
    const h = new Harness(server);
    const statusOf = async (name: string) => {
      const res = await h.get('alice', `/readiness/component/default/${name}`);
      expect(res.status).toBe(200);
      return Object.fromEntries(
        res.body.checks.map((c: { id: string; status: string }) => [
          c.id,
          c.status,
        ]),
      );
    };
    const checkout = await statusOf('checkout');
    const steady = await statusOf('steady');
    expect(checkout['acme.flaky']).toBe('error');
    expect(steady['acme.flaky']).toBe('pass');
    // Every other check is untouched by the failure.
    const { 'acme.flaky': _a, ...otherCheckout } = checkout;
    const { 'acme.flaky': _b, ...otherSteady } = steady;
    expect(otherCheckout).toEqual(otherSteady);
    const detail = await h.get(
      'alice',
      '/readiness/component/default/checkout',
    );
    expect(
      detail.body.checks.find((c: { id: string }) => c.id === 'acme.flaky')
        .message,
    ).toContain('upstream exploded');
  });
});
