import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  Attestation,
  CatalogKindChanges,
  Waiver,
} from '@smo-backstage/plugin-smo-common';
import { SmoFactProvider } from '@smo-backstage/plugin-smo-node';
import { DateTime } from 'luxon';
import { NOW, portfolio, readyComponent } from '../__testUtils__/fixtures';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readinessService } from '../__testUtils__/readinessService';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { CatalogChangeSignal } from '../catalog/CatalogChangeSignal';
import { CatalogReader } from '../catalog/CatalogReader';
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

/**
 * The catalog module's signal over the same entities: per kind, the count and a digest of their etags; none while
 * `available` is false (a catalog without the module).
 */
class FakeSignal implements CatalogChangeSignal {
  available = true;
  reads = 0;
  constructor(private readonly entities: () => Entity[]) {}
  async read(kinds: string[]): Promise<CatalogKindChanges[] | undefined> {
    this.reads += 1;
    if (!this.available) return undefined;
    return kinds.map(kind => {
      const of = this.entities().filter(e => e.kind.toLowerCase() === kind);
      return {
        kind,
        count: of.length,
        digest: of
          .map(e => `${stringifyEntityRef(e)} ${e.metadata.etag}`)
          .sort()
          .join(),
      };
    });
  }
}

type Evidence = {
  attestations: Map<string, Attestation[]>;
  waivers: Map<string, Waiver[]>;
};

describe.each(databases.eachSupportedId())(
  'a sweep whose inputs did not change, on %p',
  databaseId => {
    /** `told`: how the catalog tells whether it changed — by its change signal, or by every entity's etag. */
    async function setup(
      told: 'signal' | 'etags' = 'etags',
      entityFilter: Record<string, string>[] = [{ kind: 'Component' }],
    ) {
      const db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      const store = ReadinessStore.create(db);
      const state = {
        now: NOW,
        entities: catalog(),
        evidence: { attestations: new Map(), waivers: new Map() } as Evidence,
        factProviders: [] as SmoFactProvider[],
      };
      const signal = new FakeSignal(() => state.entities);
      // The catalog mock copies its entities, so each sweep gets a service over the catalog as it is then.
      const sweep = () =>
        readinessService({
          reader: CatalogReader.create({
            catalog: catalogServiceMock({ entities: state.entities }),
            auth: mockServices.auth(),
            entityFilter,
          }),
          catalogSignal: told === 'signal' ? signal : undefined,
          store,
          clock: () => state.now,
          evidence: { load: async () => state.evidence },
          factProviders: state.factProviders,
        }).sweep();
      return { db, store, state, signal, sweep };
    }

    it.each(['etags', 'signal'] as const)(
      'is skipped: nothing evaluated, the results confirmed, the skip recorded without inputs (told by %s)',
      async told => {
        const { db, store, state, sweep } = await setup(told);
        expect(await sweep()).toMatchObject({ evaluated: 2, changed: 2 });
        state.now = NOW.plus({ minutes: 10 });
        expect(await sweep()).toMatchObject({ evaluated: 0, changed: 0 });
        expect((await store.get('component:default/a'))!.evaluatedAt).toBe(
          state.now.toISO(),
        );
        const sweeps = await db('smo_sweeps').orderBy('id').select('inputs');
        expect(sweeps.map(s => s.inputs === null)).toEqual([false, true]);
      },
    );

    it.each(['etags', 'signal'] as const)(
      'evaluates again when a scored or a related entity changed, one left or the results were cleared (told by %s)',
      async told => {
        const { db, state, sweep } = await setup(told);
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
      },
    );

    it('reads no entity and no stored state when the signal tells nothing changed', async () => {
      const { store, sweep } = await setup('signal');
      const stamps = jest.spyOn(CatalogReader.prototype, 'stamps');
      const loadStates = jest.spyOn(store, 'loadStates');
      const pages = jest.spyOn(CatalogReader.prototype, 'scoredPages');
      try {
        expect(await sweep()).toMatchObject({ evaluated: 2 });
        expect(stamps).not.toHaveBeenCalled();
        loadStates.mockClear();
        pages.mockClear();
        expect(await sweep()).toMatchObject({ evaluated: 0 });
        expect(stamps).not.toHaveBeenCalled();
        expect(loadStates).not.toHaveBeenCalled();
        expect(pages).not.toHaveBeenCalled();
      } finally {
        stamps.mockRestore();
        pages.mockRestore();
      }
    });

    it('reads the etags when the catalog gives no signal, and evaluates again when it starts or stops giving one', async () => {
      const { state, signal, sweep } = await setup('signal');
      signal.available = false;
      expect(await sweep()).toMatchObject({ evaluated: 2 });
      expect(await sweep()).toMatchObject({ evaluated: 0 });
      // Without the signal the etags still tell a change.
      state.entities = stamped(state.entities, { a: 'etag-a-2' });
      expect(await sweep()).toMatchObject({ evaluated: 2 });

      signal.available = true;
      expect(await sweep()).toMatchObject({ evaluated: 2 });
      expect(await sweep()).toMatchObject({ evaluated: 0 });
      signal.available = false;
      expect(await sweep()).toMatchObject({ evaluated: 2 });
    });

    it('reads the etags, not the signal, when the entity filter selects by more than kind', async () => {
      const { signal, sweep } = await setup('signal', [
        { kind: 'Component', 'metadata.name': 'a' },
      ]);
      expect(await sweep()).toMatchObject({ evaluated: 1 });
      expect(await sweep()).toMatchObject({ evaluated: 0 });
      expect(signal.reads).toBe(0);
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
