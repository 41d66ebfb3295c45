import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import smoPlugin from '@smo-backstage/plugin-smo-backend';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import openIncidentChecks from './openIncidentChecks';

const component = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', owner: 'team-a' },
});

describe('openIncidentChecks example module', () => {
  it('blocks components with an open P1/P2 incident through a fact provider and a check', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'smo-')), 'incidents.json');
    writeFileSync(
      file,
      JSON.stringify({
        incidents: [
          {
            id: 'INC-1',
            priority: 'P1',
            component: 'component:default/broken',
            summary: 'down',
          },
          {
            id: 'INC-2',
            priority: 'P4',
            component: 'component:default/fine',
            summary: 'typo',
          },
        ],
      }),
    );
    const { server } = await startTestBackend({
      features: [
        smoPlugin,
        openIncidentChecks,
        catalogServiceMock.factory({
          entities: [component('broken'), component('fine')],
        }),
        mockServices.rootConfig.factory({
          data: { northwind: { itsmIncidentExport: file } },
        }),
      ],
    });

    const checkOf = async (name: string) => {
      const res = await request(server)
        .get(`/api/smo/readiness/component/default/${name}`)
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      return res.body.checks.find(
        (c: { id: string }) => c.id === 'northwind.no-major-incident',
      );
    };

    expect(await checkOf('broken')).toMatchObject({
      status: 'fail',
      message: 'INC-1 (P1) down',
    });
    expect(await checkOf('fine')).toMatchObject({ status: 'pass' });
  });
});
