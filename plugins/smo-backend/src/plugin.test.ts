import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  SmoCheck,
  smoChecksExtensionPoint,
  SmoIncidentSource,
  smoIncidentSourcesExtensionPoint,
  SmoIncidentWindow,
} from '@smo-backstage/plugin-smo-node';
import { smoPlugin } from './plugin';

describe('smoPlugin', () => {
  /** A started backend with the plugin, and a GET of its health route with an `Authorization` header. */
  const healthOf = async () => {
    const { server } = await startTestBackend({ features: [smoPlugin] });
    return (authorization: string) =>
      request(server)
        .get('/api/smo/health')
        .set('Authorization', authorization);
  };

  it('mounts its API at /api/smo and answers authenticated callers', async () => {
    const health = await healthOf();
    const asUser = await health(mockCredentials.user.header());
    expect(asUser.status).toBe(200);
    expect(asUser.body).toEqual({ status: 'ok' });
    const asService = await health(mockCredentials.service.header());
    expect(asService.status).toBe(200);
  });

  it('rejects unauthenticated callers', async () => {
    const health = await healthOf();
    const res = await health(mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});

describe('smoChecksExtensionPoint', () => {
  const check: SmoCheck = {
    id: 'acme.cost-centre',
    title: 'Cost centre set',
    category: 'finance',
    howToFix: 'Add the acme.com/cost-centre annotation.',
    severity: {
      'tier-1': 'blocking',
      'tier-2': 'blocking',
      'tier-3': 'advisory',
      'tier-4': 'advisory',
    },
    evaluate: () => ({ status: 'pass', message: 'set' }),
  };

  const moduleAdding = (...checks: SmoCheck[]) =>
    createBackendModule({
      pluginId: 'smo',
      moduleId: `test-${checks.length}`,
      register(reg) {
        reg.registerInit({
          deps: { smoChecks: smoChecksExtensionPoint },
          async init({ smoChecks }) {
            smoChecks.addCheck(...checks);
          },
        });
      },
    });

  it('accepts checks from other modules', async () => {
    await expect(
      startTestBackend({ features: [smoPlugin, moduleAdding(check)] }),
    ).resolves.toBeDefined();
  });

  it('fails start-up when two checks share an id', async () => {
    await expect(
      startTestBackend({ features: [smoPlugin, moduleAdding(check, check)] }),
    ).rejects.toThrow("SMO check 'acme.cost-centre' is added twice");
  });
});

describe('smoIncidentSourcesExtensionPoint', () => {
  const moduleAdding = (...sources: SmoIncidentSource[]) =>
    createBackendModule({
      pluginId: 'smo',
      moduleId: `incidents-${sources.length}`,
      register(reg) {
        reg.registerInit({
          deps: { incidentSources: smoIncidentSourcesExtensionPoint },
          async init({ incidentSources }) {
            incidentSources.addIncidentSource(...sources);
          },
        });
      },
    });

  it('computes service levels from the sources modules add, on the schedule', async () => {
    let asked: (window: SmoIncidentWindow) => void;
    const read = new Promise<SmoIncidentWindow>(r => (asked = r));
    const source: SmoIncidentSource = {
      id: 'acme-itsm',
      read: async window => {
        asked(window);
        return [];
      },
    };
    await startTestBackend({
      features: [
        smoPlugin,
        moduleAdding(source),
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
      ],
    });
    const window = await read;
    expect(window.to.getTime() - window.from.getTime()).toBeGreaterThan(
      365 * 86_400_000,
    );
  });

  it('fails start-up when two sources share an id', async () => {
    const source: SmoIncidentSource = { id: 'acme-itsm', read: async () => [] };
    await expect(
      startTestBackend({ features: [smoPlugin, moduleAdding(source, source)] }),
    ).rejects.toThrow("Incident source 'acme-itsm' is added twice");
  });
});
