import { Entity } from '@backstage/catalog-model';
import { Attestation, Waiver } from '@smo-backstage/plugin-smo-common';
import { SmoFactProvider } from '@smo-backstage/plugin-smo-node';
import { DateTime } from 'luxon';
import { NOW, portfolio, readyComponent } from '../__testUtils__/fixtures';
import {
  componentReader,
  readinessService,
} from '../__testUtils__/readinessService';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { migrationsDir } from '../store/migrations';
import { ReadinessStore } from '../store/ReadinessStore';
import { FULL_SWEEP_EVERY_MS } from './sweepInputs';

const databases = createTestDatabases();

/** As the catalog serves it: every entity with an etag, which changes whenever the entity does. */
const stamped = (
  entities: Entity[],
  changed: Record<string, string> = {},
): Entity[] =>
  entities.map(e => ({
    ...e,
    metadata: {
      ...e.metadata,
      etag: changed[e.metadata.name] ?? `etag-${e.metadata.name}`,
    },
  }));

const catalog = () =>
  stamped([
    ...portfolio(),
    readyComponent({ name: 'a' }),
    readyComponent({ name: 'b' }),
  ]);

type Evidence = {
  attestations: Map<string, Attestation[]>;
  waivers: Map<string, Waiver[]>;
};

describe.each(databases.eachSupportedId())(
  'a sweep whose inputs did not change, on %p',
  databaseId => {
    async function setup() {
      const db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      const store = ReadinessStore.create(db);
      const state = {
        now: NOW,
        entities: catalog(),
        evidence: { attestations: new Map(), waivers: new Map() } as Evidence,
        factProviders: [] as SmoFactProvider[],
      };
      // The catalog mock copies its entities, so each sweep gets a service over the catalog as it is then.
      const sweep = () =>
        readinessService({
          reader: componentReader(state.entities),
          store,
          clock: () => state.now,
          evidence: { load: async () => state.evidence },
          factProviders: state.factProviders,
        }).sweep();
      return { db, store, state, sweep };
    }

    it('is skipped: nothing evaluated, the results confirmed, the skip recorded without inputs', async () => {
      const { db, store, state, sweep } = await setup();
      expect(await sweep()).toMatchObject({ evaluated: 2, changed: 2 });
      state.now = NOW.plus({ minutes: 10 });
      expect(await sweep()).toMatchObject({ evaluated: 0, changed: 0 });
      expect((await store.get('component:default/a'))!.evaluatedAt).toBe(
        state.now.toISO(),
      );
      const sweeps = await db('smo_sweeps').orderBy('id').select('inputs');
      expect(sweeps.map(s => s.inputs === null)).toEqual([false, true]);
    });

    it('evaluates again when a scored or a related entity changed, one left or the results were cleared', async () => {
      const { db, state, sweep } = await setup();
      await sweep();
      state.entities = stamped(
        [
          ...portfolio(),
          readyComponent({ name: 'a', links: [] }),
          readyComponent({ name: 'b' }),
        ],
        { a: 'etag-a-2' },
      );
      expect(await sweep()).toMatchObject({ evaluated: 2, changed: 1 });
      expect(await sweep()).toMatchObject({ evaluated: 0 });

      const offering = state.entities.find(e => e.kind === 'ServiceOffering')!
        .metadata.name;
      state.entities = stamped(state.entities, {
        [offering]: 'etag-offering-2',
      });
      expect(await sweep()).toMatchObject({ evaluated: 2 });

      state.entities = state.entities.filter(e => e.metadata.name !== 'b');
      expect(await sweep()).toMatchObject({ evaluated: 1, removed: 1 });

      await db('smo_readiness').delete();
      expect(await sweep()).toMatchObject({ evaluated: 1, changed: 1 });
    });

    it('evaluates again when the evidence in force changed, an attestation expired by the clock, or the day turned', async () => {
      const { state, sweep } = await setup();
      const attestation: Attestation = {
        id: 'att-1',
        entityRef: 'component:default/a',
        type: 'restore-tested',
        attestedBy: 'user:default/jane',
        // Valid for the default 180 days of restore-tested: it lapses 5 minutes after NOW.
        attestedAt: NOW.minus({ days: 180 }).plus({ minutes: 5 }).toISO()!,
      };
      state.evidence = {
        attestations: new Map([['component:default/a', [attestation]]]),
        waivers: new Map(),
      };
      expect(await sweep()).toMatchObject({ evaluated: 2 });
      expect(await sweep()).toMatchObject({ evaluated: 0 });
      state.now = NOW.plus({ minutes: 10 });
      expect(await sweep()).toMatchObject({ evaluated: 2 });

      state.evidence = { attestations: new Map(), waivers: new Map() };
      expect(await sweep()).toMatchObject({ evaluated: 2 });
      expect(await sweep()).toMatchObject({ evaluated: 0 });

      state.now = DateTime.fromISO('2026-11-24T00:00:01Z', { zone: 'utc' });
      expect(await sweep()).toMatchObject({ evaluated: 2 });
      expect(await sweep()).toMatchObject({ evaluated: 0 });
      state.now = state.now.plus({ milliseconds: FULL_SWEEP_EVERY_MS });
      expect(await sweep()).toMatchObject({ evaluated: 2 });
    });

    it('follows the facts: never skipped with a provider that has no version, again when a version changes', async () => {
      const { state, sweep } = await setup();
      let version = 'v1';
      const retrieve = async () => new Map<string, unknown>();
      state.factProviders = [{ id: 'unversioned', retrieve }];
      await sweep();
      expect(await sweep()).toMatchObject({ evaluated: 2 });

      state.factProviders = [
        { id: 'versioned', retrieve, version: async () => version },
      ];
      await sweep();
      expect(await sweep()).toMatchObject({ evaluated: 0 });
      version = 'v2';
      expect(await sweep()).toMatchObject({ evaluated: 2 });
    });

    it('is never skipped over a catalog that gives no etags', async () => {
      const { state, sweep } = await setup();
      state.entities = [...portfolio(), readyComponent({ name: 'a' })];
      await sweep();
      expect(await sweep()).toMatchObject({ evaluated: 1 });
    });
  },
);
