import { ReadinessResult, Tier } from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { migrationsDir } from './migrations';
import { ReadinessQuery, ReadinessRow, ReadinessStore } from './ReadinessStore';
import { sortedPage } from './rows';

// Issue 19: the portfolio list pages in SQL from an index per filter (deep pages from the nearer end), and the
// offering filter reads a side table the database keeps from each stored result.

const databases = createTestDatabases();
const AT = '2026-11-01T00:00:00.000Z';
const TIERS: Tier[] = ['tier-1', 'tier-2', 'tier-3', 'tier-4'];

function row(i: number, offerings: string[]): ReadinessRow {
  // Few distinct scores, so that ties (broken by ref) run across page boundaries.
  const score = [0, 40, 40, 70, 100, 100, 100][i % 7];
  const result: ReadinessResult = {
    entityRef: `component:default/c-${String(i).padStart(3, '0')}`,
    tier: TIERS[i % 4],
    tierSource: { type: 'default' },
    verdict: score >= 70 ? 'ready' : 'not-ready',
    score,
    evaluatedAt: AT,
    checks: [],
    blockers: [],
    basis: { offerings, agreements: [], processOwners: [] },
  };
  return {
    result,
    fingerprint: `f${i}`,
    ownerRef: `group:default/team-${i % 3}`,
    systemRef: `system:default/s-${i % 5}`,
  };
}

/** One offering, a second for every third component, none for every tenth. */
const offeringsOf = (i: number) =>
  i % 10 === 9
    ? []
    : [
        `serviceoffering:default/o-${i % 4}`,
        ...(i % 3 === 0 ? [`serviceoffering:default/o_${i % 2}`] : []),
      ];

describe.each(databases.eachSupportedId())(
  'ReadinessStore.list on %p',
  databaseId => {
    let db: Knex;
    let store: ReadinessStore;
    const rows = Array.from({ length: 61 }, (_, i) => row(i, offeringsOf(i)));

    beforeAll(async () => {
      db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      store = ReadinessStore.create(db);
      await store.saveBatch(rows, new Map());
    });

    const FILTERS: Partial<ReadinessQuery>[] = [
      {},
      { owner: 'group:default/team-1' },
      { system: 'system:default/s-2' },
      { offering: 'serviceoffering:default/o-3' },
      { offering: 'serviceoffering:default/o_1' },
      { verdict: 'ready' },
      { verdict: 'not-ready' },
      { tier: 'tier-2' },
      { minScore: 40 },
      { maxScore: 70 },
      { verdict: 'ready', tier: 'tier-1', minScore: 100 },
    ];

    /** What each row matches, straight from the results. */
    const matches = (q: Partial<ReadinessQuery>, r: ReadinessRow) =>
      (!q.owner || r.ownerRef === q.owner) &&
      (!q.system || r.systemRef === q.system) &&
      (!q.offering || r.result.basis.offerings.includes(q.offering)) &&
      (!q.verdict || r.result.verdict === q.verdict) &&
      (!q.tier || r.result.tier === q.tier) &&
      (q.minScore === undefined || r.result.score >= q.minScore) &&
      (q.maxScore === undefined || r.result.score <= q.maxScore);

    it('pages every filter in both sorts and orders like the in-memory rule, at every offset', async () => {
      const limit = 7;
      for (const filter of FILTERS) {
        for (const sort of ['score', 'entityRef'] as const) {
          for (const order of ['asc', 'desc'] as const) {
            const expected = rows
              .filter(r => matches(filter, r))
              .map(r => r.result);
            for (
              let offset = 0;
              offset <= expected.length + limit;
              offset += 3
            ) {
              const query = { ...filter, sort, order, limit, offset };
              const page = await store.list(query);
              const want = sortedPage(expected, query);
              expect({ query, total: page.totalCount }).toEqual({
                query,
                total: want.totalCount,
              });
              expect({ query, refs: page.items.map(i => i.entityRef) }).toEqual(
                { query, refs: want.items.map(i => i.entityRef) },
              );
            }
          }
        }
      }
    });

    it('keeps the offering side table in step with every write and removal', async () => {
      const refs = async (offering: string) =>
        (
          await store.list({
            offering,
            sort: 'entityRef',
            order: 'asc',
            limit: 50,
            offset: 0,
          })
        ).items.map(i => i.entityRef);
      const moved = row(900, ['serviceoffering:default/old']);
      await store.saveBatch([moved], new Map());
      expect(await refs('serviceoffering:default/old')).toEqual([
        'component:default/c-900',
      ]);
      // A later result delivering other offerings (one listed twice) replaces the first's.
      const later = row(900, [
        'serviceoffering:default/new',
        'serviceoffering:default/new',
      ]);
      later.result.evaluatedAt = '2026-11-02T00:00:00.000Z';
      await store.saveBatch([later], new Map());
      expect(await refs('serviceoffering:default/old')).toEqual([]);
      expect(await refs('serviceoffering:default/new')).toEqual([
        'component:default/c-900',
      ]);
      await store.remove(['component:default/c-900'], AT);
      expect(await refs('serviceoffering:default/new')).toEqual([]);
      const [{ n }] = await db('smo_readiness_offerings')
        .where({ entity_ref: 'component:default/c-900' })
        .count({ n: '*' });
      expect(Number(n)).toBe(0);
    });

    it('serves each row with its stored title, and says when a row has none stored yet', async () => {
      const query = {
        sort: 'entityRef' as const,
        order: 'desc' as const,
        limit: 2,
        offset: 0,
      };
      const titled = { ...row(990, []), title: 'Payments gateway' };
      await store.saveBatch([titled, row(991, [])], new Map());
      const page = await store.list(query);
      expect(page.items.map(i => [i.entityRef, i.title])).toEqual([
        ['component:default/c-991', undefined], // stored as '' (no title)
        ['component:default/c-990', 'Payments gateway'],
      ]);
      expect(page.titled).toBe(true);
      // As a row written before titles were stored: the caller must ask the catalog for this page.
      await db('smo_readiness')
        .where({ entity_ref: 'component:default/c-991' })
        .update({ title: null });
      expect((await store.list(query)).titled).toBe(false);
      await store.remove(
        ['component:default/c-990', 'component:default/c-991'],
        AT,
      );
    });

    it('counts each filter once per write generation, and counts again after any replica writes', async () => {
      const query = {
        verdict: 'ready' as const,
        sort: 'score' as const,
        order: 'asc' as const,
        limit: 5,
        offset: 0,
      };
      const counts: string[] = [];
      const onQuery = (q: { sql: string }) => {
        if (/count\(/i.test(q.sql)) counts.push(q.sql);
      };
      db.on('query', onQuery);
      try {
        const first = await store.list(query);
        await store.list({ ...query, offset: 5, sort: 'entityRef' });
        expect(counts).toHaveLength(1);
        expect(
          (await store.list({ ...query, verdict: 'not-ready' })).totalCount,
        ).toBe(rows.filter(r => r.result.verdict === 'not-ready').length);
        expect(counts).toHaveLength(2);

        // Another replica (another store over the same database) adds a ready result, then removes it.
        const replica = ReadinessStore.create(db);
        await replica.saveBatch([row(997, [])], new Map());
        expect((await store.list(query)).totalCount).toBe(first.totalCount + 1);
        await replica.remove(['component:default/c-997'], AT);
        expect((await store.list(query)).totalCount).toBe(first.totalCount);
        expect(counts).toHaveLength(4);
      } finally {
        db.removeListener('query', onQuery);
      }
    });

    it('counts and pages only the visible refs when given', async () => {
      const visible = new Set(
        rows.filter((_, i) => i % 2 === 0).map(r => r.result.entityRef),
      );
      const query = {
        verdict: 'ready' as const,
        sort: 'score' as const,
        order: 'asc' as const,
        limit: 5,
        offset: 5,
      };
      const want = sortedPage(
        rows
          .filter(r => matches(query, r) && visible.has(r.result.entityRef))
          .map(r => r.result),
        query,
      );
      const page = await store.list(query, visible);
      expect(page.totalCount).toBe(want.totalCount);
      expect(page.items.map(i => i.entityRef)).toEqual(
        want.items.map(i => i.entityRef),
      );
    });
  },
);

describe('the list indexes migration', () => {
  it.each(databases.eachSupportedId())(
    'fills the offering side table from the results stored before it, on %p',
    async databaseId => {
      const db = await databases.init(databaseId);
      const [, pending] = await db.migrate.list({ directory: migrationsDir });
      const index = pending.findIndex((m: { file: string }) =>
        m.file.endsWith('_list_indexes.js'),
      );
      for (let step = 0; step < index; step++) {
        await db.migrate.up({ directory: migrationsDir });
      }
      const before = ReadinessStore.create(db);
      await db('smo_readiness').insert({
        entity_ref: 'component:default/old',
        tier: 'tier-1',
        verdict: 'ready',
        score: 100,
        owner_ref: null,
        system_ref: null,
        offering_refs: '|serviceoffering:default/a|serviceoffering:default/b|',
        fingerprint: 'f',
        result: JSON.stringify(
          row(1, ['serviceoffering:default/a', 'serviceoffering:default/b'])
            .result,
        ),
        evaluated_at: AT,
      });
      await db.migrate.latest({ directory: migrationsDir });
      for (const offering of ['a', 'b']) {
        const page = await before.list({
          offering: `serviceoffering:default/${offering}`,
          sort: 'score',
          order: 'asc',
          limit: 10,
          offset: 0,
        });
        expect(page.totalCount).toBe(1);
      }
    },
  );
});

describe('portfolio list plans on SQLite (issue 19)', () => {
  // SQLite plans without statistics, as deployments run it: these plans are the ones taken at 100k components.
  it('reads each filter from an index, sorting only the page (and the few rows of an owner, system or offering)', async () => {
    const db = await databases.init('SQLITE_3');
    await db.migrate.latest({ directory: migrationsDir });
    const store = ReadinessStore.create(db);
    await store.saveBatch(
      Array.from({ length: 20 }, (_, i) => row(i, offeringsOf(i))),
      new Map(),
    );
    const seen: { sql: string; bindings: Knex.RawBinding[] }[] = [];
    db.on('query', (q: { sql: string; bindings: Knex.RawBinding[] }) =>
      seen.push(q),
    );
    const plan = async (query: Partial<ReadinessQuery>) => {
      seen.length = 0;
      await store.list({
        sort: 'score',
        order: 'asc',
        limit: 50,
        offset: 0,
        ...query,
      });
      const lines: string[] = [];
      for (const q of seen.filter(s => !s.sql.includes('smo_sweeps'))) {
        const rows = await db.raw(`explain query plan ${q.sql}`, q.bindings);
        lines.push(...rows.map((r: { detail: string }) => r.detail));
      }
      return lines;
    };
    // A scan must read an index alone; a table row is only looked up by key.
    const scans = (lines: string[]) =>
      lines.filter(l => /^SCAN smo_readiness(?! USING COVERING INDEX)/.test(l));
    const sorts = (lines: string[]) =>
      lines.filter(l => l.includes('TEMP B-TREE')).length;
    const wide: Partial<ReadinessQuery>[] = [
      {},
      { verdict: 'ready' },
      { tier: 'tier-2' },
      { minScore: 40 },
      { maxScore: 70 },
    ];
    for (const filter of wide) {
      for (const sort of ['score', 'entityRef'] as const) {
        const lines = await plan({ ...filter, sort });
        // At most one sort: the page's rows.
        expect({
          filter,
          sort,
          scans: scans(lines),
          sorts: sorts(lines) > 1,
        }).toEqual({ filter, sort, scans: [], sorts: false });
      }
    }
    for (const filter of [
      { owner: 'group:default/team-1' },
      { system: 'system:default/s-2' },
      { offering: 'serviceoffering:default/o-3' },
    ]) {
      expect({ filter, scans: scans(await plan(filter)) }).toEqual({
        filter,
        scans: [],
      });
    }
    await db.destroy();
  });
});
