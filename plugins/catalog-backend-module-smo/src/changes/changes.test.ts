import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { CatalogKindChanges } from '@smo-backstage/plugin-smo-common';
import request from 'supertest';
import catalogModuleSmo from '../index';
import { eventually } from '../__testUtils__/catalogBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { MAX_KINDS } from './changesRouter';

const databases = createTestDatabases();
jest.setTimeout(120_000);

const LOCATION = 'url:https://example.com/catalog-info.yaml';
const component = (name: string, lifecycle = 'production'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: {
      'backstage.io/managed-by-location': LOCATION,
      'backstage.io/managed-by-origin-location': LOCATION,
    },
  },
  spec: { type: 'service', lifecycle, owner: 'group:default/team' },
});
const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'team',
    annotations: component('x').metadata.annotations,
  },
  spec: { type: 'team', children: [] },
};

/** A provider whose entities the test replaces, as a real provider's full mutation would. */
class TestProvider implements EntityProvider {
  connection?: EntityProviderConnection;
  getProviderName = () => 'smo-changes-test';
  async connect(connection: EntityProviderConnection) {
    this.connection = connection;
  }
  apply(entities: Entity[]) {
    return this.connection!.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({ entity, locationKey: 'test' })),
    });
  }
}

type Signal = CatalogKindChanges[];

describe.each(databases.eachSupportedId())(
  'the change signal of the catalog module, on %p',
  databaseId => {
    async function setup() {
      const knex = await databases.init(databaseId);
      const provider = new TestProvider();
      const backend = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleSmo,
          createBackendModule({
            pluginId: 'catalog',
            moduleId: 'smo-changes-test',
            register(reg) {
              reg.registerInit({
                deps: { catalog: catalogProcessingExtensionPoint },
                async init({ catalog }) {
                  catalog.addEntityProvider(provider);
                },
              });
            },
          }),
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                rules: [{ allow: ['Component', 'Group'] }],
                processingInterval: { seconds: 2 },
              },
            },
          }),
        ],
      });
      const ask = (query: string, header = mockCredentials.service.header()) =>
        request(backend.server)
          .get(`/api/catalog/smo/changes?${query}`)
          .set('authorization', header);
      const signal = async (): Promise<Signal> => {
        const res = await ask('kind=Component&kind=group&kind=System');
        expect(res.status).toBe(200);
        return res.body.kinds;
      };
      return { provider, ask, signal, stop: () => backend.stop() };
    }

    it('counts each kind asked and changes its digest when an entity is added, changed or deleted', async () => {
      const { provider, signal, stop } = await setup();
      try {
        const empty = await signal();
        expect(empty.map(k => [k.kind, k.count])).toEqual([
          ['component', 0],
          ['group', 0],
          ['system', 0],
        ]);

        await provider.apply([group, component('a')]);
        let before = empty;
        await eventually(async () => {
          const now = await signal();
          expect(now.map(k => k.count)).toEqual([1, 1, 0]);
          before = now;
        }, 60_000);
        expect(before[0].digest).not.toBe(empty[0].digest);
        expect(before[2]).toEqual(empty[2]);

        await provider.apply([group, component('a'), component('b')]);
        let added = before;
        await eventually(async () => {
          added = await signal();
          expect(added[0].count).toBe(2);
        }, 60_000);
        expect(added[0].digest).not.toBe(before[0].digest);

        await provider.apply([
          group,
          component('a', 'deprecated'),
          component('b'),
        ]);
        let changed = added;
        await eventually(async () => {
          changed = await signal();
          expect(changed[0].digest).not.toBe(added[0].digest);
        }, 60_000);
        expect(changed.map(k => k.count)).toEqual([2, 1, 0]);
        // The group's relations did not change with the component's lifecycle.
        expect(changed[1]).toEqual(added[1]);

        await provider.apply([group, component('b')]);
        await eventually(async () => {
          expect((await signal())[0].count).toBe(1);
        }, 60_000);
      } finally {
        await stop();
      }
    });

    it('answers service principals only, about a bounded list of well-formed kinds', async () => {
      const { ask, stop } = await setup();
      try {
        const status = async (query: string, header?: string) =>
          (await ask(query, header)).status;
        const many = Array.from(
          { length: MAX_KINDS + 1 },
          (_, i) => `kind=K${i}`,
        );
        expect([
          await status('kind=Component', mockCredentials.user.header()),
          await status('kind=Component', mockCredentials.none.header()),
          await status(''),
          await status('kind=not%20a%20kind'),
          await status('kind[a]=Component'),
          await status(many.join('&')),
          await status(many.slice(1).join('&')),
        ]).toEqual([403, 401, 400, 400, 400, 400, 200]);
      } finally {
        await stop();
      }
    });
  },
);
