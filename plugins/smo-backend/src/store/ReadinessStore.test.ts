import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import { migrationsDir, rollbackAll } from './migrations';
import { ReadinessRow, ReadinessStore } from './ReadinessStore';
import { createTestDatabases } from '../__testUtils__/testDatabases';

const databases = createTestDatabases();

function row(
  name: string,
  score: number,
  verdict: 'ready' | 'not-ready',
  at: string,
  extra: Partial<ReadinessRow> = {},
): ReadinessRow {
  const result: ReadinessResult = {
    entityRef: `component:default/${name}`,
    tier: 'tier-2',
    tierSource: { type: 'default' },
    verdict,
    score,
    evaluatedAt: at,
    checks: [],
    blockers: verdict === 'ready' ? [] : ['ops.runbook'],
    basis: {
      offerings: [`serviceoffering:default/${name}-offering`],
      agreements: [],
      processOwners: [],
    },
  };
  return {
    result,
    fingerprint: `${name}-${score}-${verdict}`,
    ownerRef: 'group:default/team-a',
    systemRef: 'system:default/shop',
    ...extra,
  };
}

describe.each(databases.eachSupportedId())(
  'ReadinessStore on %p',
  databaseId => {
    let db: Knex;
    let store: ReadinessStore;

    beforeAll(async () => {
      db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      store = ReadinessStore.create(db);
    });

    beforeEach(async () => {
      await db('smo_readiness').delete();
      await db('smo_readiness_history').delete();
      await db('smo_sweeps').delete();
    });

    it('saves results and adds history only when score or verdict changes', async () => {
      await store.saveBatch(
        [row('a', 50, 'not-ready', '2026-11-01T00:00:00.000Z')],
        new Map(),
      );
      let states = await store.loadStates();
      // Same score and verdict, new content: the row is rewritten but no history is added.
      await store.saveBatch(
        [
          row('a', 50, 'not-ready', '2026-11-02T00:00:00.000Z', {
            fingerprint: 'other',
          }),
        ],
        states,
      );
      states = await store.loadStates();
      await store.saveBatch(
        [row('a', 100, 'ready', '2026-11-03T00:00:00.000Z')],
        states,
      );

      expect(await store.history('component:default/a')).toEqual([
        {
          tier: 'tier-2',
          verdict: 'not-ready',
          score: 50,
          recordedAt: '2026-11-01T00:00:00.000Z',
        },
        {
          tier: 'tier-2',
          verdict: 'ready',
          score: 100,
          recordedAt: '2026-11-03T00:00:00.000Z',
        },
      ]);
      expect(await store.get('component:default/a')).toMatchObject({
        score: 100,
        verdict: 'ready',
      });
      expect(await store.loadState('component:default/a')).toEqual({
        fingerprint: 'a-100-ready',
        score: 100,
        verdict: 'ready',
      });
    });

    it('reports the later of the change time and the last sweep as evaluatedAt', async () => {
      await store.saveBatch(
        [row('a', 50, 'not-ready', '2026-11-01T00:00:00.000Z')],
        new Map(),
      );
      await store.recordSweep({
        startedAt: '2026-11-05T00:00:00.000Z',
        finishedAt: '2026-11-05T00:00:01.000Z',
        evaluated: 1,
        changed: 0,
        removed: 0,
      });
      expect((await store.get('component:default/a'))!.evaluatedAt).toBe(
        '2026-11-05T00:00:00.000Z',
      );
    });

    it('filters, sorts and pages the portfolio', async () => {
      await store.saveBatch(
        [
          row('a', 90, 'not-ready', '2026-11-01T00:00:00.000Z'),
          row('b', 100, 'ready', '2026-11-01T00:00:00.000Z'),
          row('c', 20, 'not-ready', '2026-11-01T00:00:00.000Z', {
            ownerRef: 'group:default/team-b',
          }),
        ],
        new Map(),
      );
      const base = {
        sort: 'score' as const,
        order: 'asc' as const,
        limit: 50,
        offset: 0,
      };
      const all = await store.list(base);
      expect(all.totalCount).toBe(3);
      expect(all.items.map(i => i.score)).toEqual([20, 90, 100]);
      expect(
        (
          await store.list({
            ...base,
            verdict: 'not-ready',
            owner: 'group:default/team-a',
          })
        ).items.map(i => i.entityRef),
      ).toEqual(['component:default/a']);
      expect(
        (
          await store.list({
            ...base,
            offering: 'serviceoffering:default/b-offering',
          })
        ).items,
      ).toHaveLength(1);
      expect(
        (await store.list({ ...base, minScore: 50, maxScore: 95 })).items,
      ).toHaveLength(1);
      const page = await store.list({
        ...base,
        order: 'desc',
        limit: 1,
        offset: 1,
      });
      expect(page).toMatchObject({
        totalCount: 3,
        items: [{ score: 90, blockers: ['ops.runbook'] }],
      });
    });

    it('matches an offering filter literally: _ and % are no wildcards (issue 14)', async () => {
      const offering = (name: string, offerings: string[]) => {
        const r = row(name, 50, 'not-ready', '2026-11-01T00:00:00.000Z');
        r.result.basis.offerings = offerings;
        return r;
      };
      await store.saveBatch(
        [
          offering('a', ['serviceoffering:default/online_checkout']),
          offering('b', ['serviceoffering:default/online-checkout']),
          offering('c', ['serviceoffering:default/online%checkout']),
        ],
        new Map(),
      );
      const refsFor = async (filter: string) =>
        (
          await store.list({
            sort: 'score',
            order: 'asc',
            limit: 50,
            offset: 0,
            offering: filter,
          })
        ).items
          .map(i => i.entityRef)
          .sort();
      expect(await refsFor('serviceoffering:default/online_checkout')).toEqual([
        'component:default/a',
      ]);
      expect(await refsFor('serviceoffering:default/online%checkout')).toEqual([
        'component:default/c',
      ]);
      expect(await refsFor('serviceoffering:default/online')).toEqual([]);
    });

    it('keeps the newest evaluation: a sweep that started before a refresh does not overwrite it (issue 14)', async () => {
      // The refresh ran after a waiver was revoked: not ready at 10:05.
      const refreshed = row('a', 40, 'not-ready', '2026-11-01T10:05:00.000Z');
      await store.saveBatch([refreshed], new Map());
      // The sweep started at 10:00, with the waiver still in force, and writes last: ready.
      const swept = row('a', 100, 'ready', '2026-11-01T10:00:00.000Z');
      await store.saveBatch(
        [swept, row('b', 70, 'not-ready', '2026-11-01T10:00:00.000Z')],
        new Map([
          [
            'component:default/a',
            { fingerprint: 'a-40', score: 40, verdict: 'not-ready' as const },
          ],
        ]),
      );
      expect(await store.get('component:default/a')).toMatchObject({
        verdict: 'not-ready',
        score: 40,
        evaluatedAt: '2026-11-01T10:05:00.000Z',
      });
      expect((await store.get('component:default/b'))?.score).toBe(70);
      expect(
        (await store.history('component:default/a')).map(h => h.score),
      ).toEqual([40]);
      // A later evaluation replaces it as before.
      await store.saveBatch(
        [row('a', 100, 'ready', '2026-11-01T10:10:00.000Z')],
        new Map(),
      );
      expect((await store.get('component:default/a'))?.verdict).toBe('ready');
    });

    it('removes unscored entities and prunes old history', async () => {
      await store.saveBatch(
        [
          row('gone', 50, 'not-ready', '2025-01-01T00:00:00.000Z'),
          row('kept', 60, 'not-ready', '2026-11-01T00:00:00.000Z'),
        ],
        new Map(),
      );
      await store.remove(
        ['component:default/gone'],
        '2026-11-20T00:00:00.000Z',
      );
      expect(await store.get('component:default/gone')).toBeUndefined();
      // asOf: the whole result as it was, nothing once removed, nothing before the first record.
      expect(
        (
          await store.getAt(
            'component:default/gone',
            '2025-06-01T00:00:00.000Z',
          )
        )?.score,
      ).toBe(50);
      expect(
        await store.getAt('component:default/gone', '2026-11-25T00:00:00.000Z'),
      ).toBeUndefined();
      expect(
        await store.getAt('component:default/kept', '2026-10-01T00:00:00.000Z'),
      ).toBeUndefined();
      expect(await store.prune('2026-01-01T00:00:00.000Z')).toBe(1);
      expect(await store.history('component:default/kept')).toHaveLength(1);
      // Pruning keeps each entity's latest record: b's state still answers a later asOf.
      expect(
        await store.getAt('component:default/gone', '2025-06-01T00:00:00.000Z'),
      ).toBeUndefined();
      expect(
        (
          await store.getAt(
            'component:default/kept',
            '2026-11-29T00:00:00.000Z',
          )
        )?.score,
      ).toBe(60);
    });

    it('lists the portfolio as it was at a past moment', async () => {
      const a = 'component:default/past-a';
      const b = 'component:default/past-b';
      const mine = new Set([a, b]);
      await store.saveBatch(
        [
          row('past-a', 40, 'not-ready', '2026-01-01T00:00:00.000Z'),
          row('past-b', 90, 'ready', '2026-01-02T00:00:00.000Z'),
        ],
        new Map(),
      );
      await store.saveBatch(
        [row('past-a', 95, 'ready', '2026-02-01T00:00:00.000Z')],
        new Map([[a, { fingerprint: 'x', score: 40, verdict: 'not-ready' }]]),
      );
      const page = {
        sort: 'score',
        order: 'asc',
        limit: 10,
        offset: 0,
      } as const;
      const at = (asOf: string, filter = {}) =>
        store.listAt({ ...page, ...filter }, asOf, mine);
      expect(
        (await at('2026-01-15T00:00:00.000Z')).items.map(i => [
          i.entityRef,
          i.score,
        ]),
      ).toEqual([
        [a, 40],
        [b, 90],
      ]);
      expect(
        (await at('2026-03-01T00:00:00.000Z')).items.map(i => [
          i.entityRef,
          i.score,
        ]),
      ).toEqual([
        [b, 90],
        [a, 95],
      ]);
      const ready = await at('2026-01-15T00:00:00.000Z', { verdict: 'ready' });
      expect(ready).toMatchObject({ totalCount: 1, items: [{ entityRef: b }] });
      expect((await at('2025-12-31T00:00:00.000Z')).totalCount).toBe(0);
    });

    it('leaves nothing behind when a batch fails', async () => {
      const bad = row('b', 10, 'not-ready', '2026-11-01T00:00:00.000Z');
      (bad.result as any).entityRef = null;
      await expect(
        store.saveBatch(
          [row('a', 50, 'not-ready', '2026-11-01T00:00:00.000Z'), bad],
          new Map(),
        ),
      ).rejects.toThrow();
      expect(await store.loadStates()).toEqual(new Map());
      expect(await store.history('component:default/a')).toEqual([]);
    });

    it('migrates down and up again with data present', async () => {
      await store.saveBatch(
        [row('a', 50, 'not-ready', '2026-11-01T00:00:00.000Z')],
        new Map(),
      );
      await rollbackAll(db);
      expect(await db.schema.hasTable('smo_readiness')).toBe(false);
      await db.migrate.latest({ directory: migrationsDir });
      expect(await db.schema.hasTable('smo_readiness_history')).toBe(true);
      await store.saveBatch(
        [row('a', 50, 'not-ready', '2026-11-01T00:00:00.000Z')],
        new Map(),
      );
      expect(await store.history('component:default/a')).toHaveLength(1);
    });
  },
);
