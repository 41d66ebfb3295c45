import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  SmoCheck,
  smoChecksExtensionPoint,
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
