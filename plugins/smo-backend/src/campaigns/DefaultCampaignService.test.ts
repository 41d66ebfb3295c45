import { ConfigReader } from '@backstage/config';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { CampaignStore } from '../store/CampaignStore';
import { migrationsDir } from '../store/migrations';
import { ReadinessStore } from '../store/ReadinessStore';
import { readCampaigns } from './campaignsConfig';
import { DefaultCampaignService, MemberQuery } from './DefaultCampaignService';
import { CampaignMemberRow } from './membership';

// Issue 19: progress and teams are counted, and members paged, by the database. Each answer is compared with the rule
// the service applied in memory before: every member of the campaign the caller can see, open ones first, missed
// before the rest, then by ref.

const databases = createTestDatabases();

const campaigns = readCampaigns(
  new ConfigReader({
    smo: {
      improvement: {
        campaigns: ['docs', 'runbooks'].map(id => ({
          id,
          title: id,
          owner: 'group:default/smo',
          target: { checks: ['docs.techdocs'] },
          start: '2026-11-01',
          deadline: '2026-11-20',
        })),
      },
    },
  }),
);

const STATUSES = ['open', 'open', 'waived', 'met', 'met'] as const;

/** 50 members of docs, 12 of runbooks and 3 of a campaign no longer configured; some without a team. */
const MEMBERS: CampaignMemberRow[] = [
  ...Array.from({ length: 50 }, (_, i) => member('docs', i)),
  ...Array.from({ length: 12 }, (_, i) => member('runbooks', i * 3)),
  ...Array.from({ length: 3 }, (_, i) => member('gone', i)),
];

function member(campaignId: string, i: number): CampaignMemberRow {
  const status = STATUSES[i % 5];
  return {
    campaignId,
    entityRef: `component:default/m-${String(i).padStart(3, '0')}`,
    ...(i % 7 !== 6 && { ownerRef: `group:default/team-${i % 3}` }),
    tier: 'tier-2',
    deadline: '2026-11-20',
    status,
    missed: status === 'open' && i % 2 === 0,
    failing: status === 'open' ? ['docs.techdocs'] : [],
  };
}

/** The in-memory rule the database now applies. */
const RANK = { open: 0, waived: 1, met: 2 };
function visible(campaignId: string, only?: ReadonlySet<string>) {
  return MEMBERS.filter(
    m => m.campaignId === campaignId && (!only || only.has(m.entityRef)),
  );
}
function countsOf(rows: CampaignMemberRow[]) {
  return {
    inScope: rows.length,
    met: rows.filter(r => r.status === 'met').length,
    waived: rows.filter(r => r.status === 'waived').length,
    open: rows.filter(r => r.status === 'open').length,
    missed: rows.filter(r => r.missed).length,
  };
}
function expectedPage(id: string, q: MemberQuery, only?: ReadonlySet<string>) {
  const rows = visible(id, only)
    .filter(r => !q.status || r.status === q.status)
    .filter(r => !q.owner || r.ownerRef === q.owner)
    .sort(
      (a, b) =>
        RANK[a.status] - RANK[b.status] ||
        Number(b.missed) - Number(a.missed) ||
        a.entityRef.localeCompare(b.entityRef),
    );
  return {
    totalCount: rows.length,
    items: rows
      .slice(q.offset, q.offset + q.limit)
      .map(({ campaignId: _campaignId, ...m }) => m),
  };
}

describe.each(databases.eachSupportedId())(
  'DefaultCampaignService on %p',
  databaseId => {
    let db: Knex;
    let service: DefaultCampaignService;
    const some = new Set(
      MEMBERS.filter((_, i) => i % 3 !== 1).map(m => m.entityRef),
    );

    beforeAll(async () => {
      db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      const store = CampaignStore.create(db);
      await store.replaceAll(MEMBERS);
      service = new DefaultCampaignService({
        campaigns,
        store,
        readiness: ReadinessStore.create(db),
        clock: () => DateTime.fromISO('2026-12-01T00:00:00Z', { zone: 'utc' }),
      });
    });

    it('counts each campaign’s progress in one query, over the members the caller can see', async () => {
      const queries: string[] = [];
      const record = (q: { sql: string }) => queries.push(q.sql);
      db.on('query', record);
      const all = await service.list();
      db.removeListener('query', record);
      expect(queries).toEqual([expect.stringMatching(/group by/i)]);
      for (const only of [undefined, some, new Set<string>()]) {
        const list = only ? await service.list(only) : all;
        expect(list.map(c => [c.id, c.progress])).toEqual(
          ['docs', 'runbooks'].map(id => [id, countsOf(visible(id, only))]),
        );
      }
    });

    it('counts the teams and the progress of one campaign', async () => {
      for (const only of [undefined, some]) {
        const detail = await service.get('docs', only);
        const rows = visible('docs', only);
        const teams = [...new Set(rows.map(r => r.ownerRef ?? ''))]
          .map(ownerRef => ({
            ownerRef,
            ...countsOf(rows.filter(r => (r.ownerRef ?? '') === ownerRef)),
          }))
          .sort(
            (a, b) => b.open - a.open || a.ownerRef.localeCompare(b.ownerRef),
          );
        expect(detail.campaign.progress).toEqual(countsOf(rows));
        expect(detail.teams).toEqual(teams);
        expect(detail.teamBurnUp.map(t => t.ownerRef).sort()).toEqual(
          teams.map(t => t.ownerRef).sort(),
        );
      }
    });

    it('pages the members like the in-memory order, for every filter, page size and offset', async () => {
      for (const only of [undefined, some]) {
        for (const status of [undefined, 'open', 'waived', 'met'] as const) {
          for (const owner of [undefined, 'group:default/team-1']) {
            for (const limit of [4, 50]) {
              const total = expectedPage('docs', {
                status,
                owner,
                limit,
                offset: 0,
              }).totalCount;
              for (let offset = 0; offset <= total + limit; offset += 3) {
                const query = { status, owner, limit, offset };
                expect({
                  query,
                  only: !!only,
                  page: await service.members('docs', query, only),
                }).toEqual({
                  query,
                  only: !!only,
                  page: expectedPage('docs', query, only),
                });
              }
            }
          }
        }
      }
    });

    it('reads a page with a count and the page’s rows, never every member', async () => {
      const queries: string[] = [];
      const record = (q: { sql: string }) => queries.push(q.sql);
      db.on('query', record);
      await service.members('docs', { limit: 5, offset: 18 });
      db.removeListener('query', record);
      const [count, ...pages] = queries;
      expect(count).toMatch(/group by/i);
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) expect(page).toMatch(/limit/i);
    });

    it('lists the missed members of the configured campaigns', async () => {
      const key = (m: { campaignId: string; entityRef: string }) =>
        `${m.entityRef} ${m.campaignId}`;
      const missed = await service.missed();
      expect(missed.map(key).sort()).toEqual(
        MEMBERS.filter(m => m.missed && m.campaignId !== 'gone')
          .map(key)
          .sort(),
      );
      expect(missed[0]).toMatchObject({
        title: expect.any(String),
        deadline: '2026-11-20',
        failing: ['docs.techdocs'],
      });
    });
  },
);
