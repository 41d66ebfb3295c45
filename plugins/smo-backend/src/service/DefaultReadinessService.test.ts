import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  noRecordedEvidence,
  NOW,
  portfolio,
  readyComponent,
} from '../__testUtils__/fixtures';
import { migrationsDir } from '../store/migrations';
import { ReadinessStore } from '../store/ReadinessStore';
import { RollupStore } from '../store/RollupStore';
import {
  componentReader,
  readinessService,
} from '../__testUtils__/readinessService';
import { createTestDatabases } from '../__testUtils__/testDatabases';

const databases = createTestDatabases();

const component = (name: string, extra: Partial<Entity['metadata']> = {}) =>
  readyComponent({ name, ...extra });

describe.each(databases.eachSupportedId())(
  'DefaultReadinessService on %p',
  databaseId => {
    async function setup(initial: Entity[]) {
      const db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      const store = ReadinessStore.create(db);
      let now = NOW;
      // The catalog mock copies its entities, so a changed catalog needs a new service.
      const serviceOver = (entities: Entity[]) =>
        readinessService({
          reader: componentReader(entities),
          store,
          clock: () => now,
        });
      return {
        db,
        store,
        service: serviceOver(initial),
        serviceOver,
        advance: (hours: number) => (now = now.plus({ hours })),
      };
    }

    it('coalesces a burst of refreshes of one entity, and shares one read of the related entities (issue 14)', async () => {
      const db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      const reader = componentReader([
        ...portfolio(),
        component('a'),
        component('b'),
      ]);
      const readRelated = jest.spyOn(reader, 'readRelated');
      const evidence = { load: jest.fn(noRecordedEvidence.load) };
      const service = readinessService({
        reader,
        store: ReadinessStore.create(db),
        evidence,
      });
      const a = { kind: 'component', namespace: 'default', name: 'a' };

      const burst = await Promise.all(
        Array.from({ length: 10 }, () => service.refresh(a)),
      );
      expect(new Set(burst.map(r => r.verdict)).size).toBe(1);
      // The running evaluation and one follow-up for everyone who asked meanwhile.
      expect(evidence.load).toHaveBeenCalledTimes(2);

      await service.refresh(a);
      await service.refresh({ ...a, name: 'b' });
      expect(evidence.load).toHaveBeenCalledTimes(4);
      // Four evaluations, one catalog read of the related entities.
      expect(readRelated).toHaveBeenCalledTimes(1);
    });

    it('writes every entity once, then skips unchanged ones', async () => {
      const entities = [
        ...portfolio(),
        component('a'),
        component('b'),
        component('c'),
      ];
      const { db, service, advance, store } = await setup(entities);
      expect(await service.sweep()).toMatchObject({
        evaluated: 3,
        changed: 3,
        removed: 0,
      });
      advance(1);
      expect(await service.sweep()).toMatchObject({
        evaluated: 3,
        changed: 0,
        removed: 0,
      });
      expect(await db('smo_readiness_history').count({ n: '*' })).toEqual([
        { n: expect.anything() },
      ]);
      expect(
        Number((await db('smo_readiness_history').count({ n: '*' }))[0].n),
      ).toBe(3);
      // Unchanged results still show they were confirmed by the latest sweep.
      expect((await store.get('component:default/a'))!.evaluatedAt).toBe(
        NOW.plus({ hours: 1 }).toISO(),
      );
    });

    it("rewrites a row whose entity's title alone changed, for the portfolio's stored titles", async () => {
      const { service, serviceOver, store } = await setup([
        ...portfolio(),
        component('a', { title: 'Old name' }),
      ]);
      await service.sweep();
      const page = { sort: 'entityRef', order: 'asc', limit: 5, offset: 0 };
      const titles = async () =>
        (await store.list(page as any)).items.map(i => i.title);
      expect(await titles()).toEqual(['Old name']);
      const renamed = serviceOver([
        ...portfolio(),
        component('a', { title: 'New name' }),
      ]);
      expect(await renamed.sweep()).toMatchObject({ evaluated: 1, changed: 1 });
      expect(await titles()).toEqual(['New name']);
      // The result itself is unchanged: no history point for it.
      expect(await store.history('component:default/a')).toHaveLength(1);
    });

    it('still records the sweep when the roll-up stage fails, and says so', async () => {
      const { store } = await setup([]);
      const logger = mockServices.logger.mock();
      const service = readinessService({
        reader: componentReader([...portfolio(), component('a')]),
        store,
        logger,
        rollups: {
          replaceAll: async () => {
            throw new Error('disk full');
          },
        } as unknown as RollupStore,
      });
      expect(await service.sweep()).toMatchObject({ evaluated: 1, changed: 1 });
      expect(await store.lastSweepStartedAt()).toBe(NOW.toISO());
      expect(logger.error).toHaveBeenCalledWith(
        'SMO roll-ups were not updated: Error: disk full',
      );
      // Where the sweep's time went, for operators (and the bench).
      expect(logger.info).toHaveBeenCalledWith(
        expect.stringMatching(
          /^SMO readiness sweep: 1 evaluated, 1 changed, 0 removed, 0 roll-ups changed in \d+ ms \(inputs \d+ ms, catalog \d+ ms, facts \d+ ms, evaluate \d+ ms, write \d+ ms, roll-ups \d+ ms\)$/,
        ),
      );
    });

    it('rewrites changed entities, records history and removes vanished ones', async () => {
      const entities = [...portfolio(), component('a'), component('b')];
      const { db, service, serviceOver, store } = await setup(entities);
      await service.sweep();
      // b loses its links (monitoring and runbook block tier-1); a leaves the catalog.
      const changed = [...portfolio(), component('b', { links: [] })];
      expect(await serviceOver(changed).sweep()).toMatchObject({
        evaluated: 1,
        changed: 1,
        removed: 1,
      });
      expect(await store.get('component:default/a')).toBeUndefined();
      const history = await store.history('component:default/b');
      expect(history.map(h => h.score)).toEqual([
        expect.any(Number),
        expect.any(Number),
      ]);
      expect(history[1].score).toBeLessThan(history[0].score);
      expect(Number((await db('smo_sweeps').count({ n: '*' }))[0].n)).toBe(2);
    });
  },
);
