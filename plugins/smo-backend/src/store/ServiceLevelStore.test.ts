import { MonthlyAttainment } from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { migrationsDir, rollbackAll } from './migrations';
import { ServiceLevelStore, summarise } from './ServiceLevelStore';

const databases = createTestDatabases();
const GOLD = 'servicelevelagreement:default/gold';

const figures = (month: string, met: number): MonthlyAttainment => ({
  month,
  targets: [
    {
      priority: 'P1',
      metric: 'resolution',
      target: 'PT4H',
      met,
      breached: 1,
      pending: 0,
      attainment: Math.round((met / (met + 1)) * 1000) / 10,
      breaches: [
        {
          incidentId: 'INC1',
          openedAt: '2026-10-05T08:00:00.000Z',
          measuredMinutes: 330,
          targetMinutes: 240,
          underpinning: [],
        },
      ],
    },
  ],
  incidentIds: ['INC1'],
});

describe.each(databases.eachSupportedId())(
  'ServiceLevelStore on %p',
  databaseId => {
    let db: Knex;
    let store: ServiceLevelStore;

    beforeAll(async () => {
      db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      store = ServiceLevelStore.create(db);
    });
    beforeEach(() => db('smo_service_level_months').delete());

    it('writes an open month again and again, and never a frozen one', async () => {
      const save = (met: number, at: string) =>
        store.save({
          agreementRef: GOLD,
          month: '2026-09',
          figures: figures('2026-09', met),
          computedAt: at,
        });
      expect(await save(1, '2026-09-30T12:00:00Z')).toBe(true);
      expect(await save(2, '2026-10-01T00:10:00Z')).toBe(true);
      expect(await store.freeze(GOLD, '2026-09', '2026-10-02T00:00:00Z')).toBe(
        true,
      );
      expect(await store.freeze(GOLD, '2026-09', '2026-10-03T00:00:00Z')).toBe(
        false,
      );
      expect(await save(5, '2026-10-05T00:00:00Z')).toBe(false);
      const [september] = await store.list(GOLD, '2026-09', '2026-09');
      expect(september).toEqual({
        agreementRef: GOLD,
        month: '2026-09',
        figures: figures('2026-09', 2),
        corrections: [],
        computedAt: '2026-10-01T00:10:00Z',
        frozenAt: '2026-10-02T00:00:00Z',
      });
    });

    it('records a correction of a frozen month once, on an open month only', async () => {
      for (const month of ['2026-09', '2026-10']) {
        await store.save({
          agreementRef: GOLD,
          month,
          figures: figures(month, 1),
          computedAt: '2026-10-05T00:00:00Z',
        });
      }
      await store.freeze(GOLD, '2026-09', '2026-10-02T00:00:00Z');
      const correction = {
        month: '2026-09',
        foundAt: '2026-10-05T00:00:00Z',
        frozen: summarise(figures('2026-09', 1)),
        now: summarise(figures('2026-09', 3)),
      };
      expect(await store.addCorrection(GOLD, '2026-10', correction)).toBe(true);
      expect(
        await store.addCorrection(GOLD, '2026-10', {
          ...correction,
          foundAt: '2026-10-06T00:00:00Z',
        }),
      ).toBe(false);
      expect(await store.addCorrection(GOLD, '2026-09', correction)).toBe(
        false,
      );
      const months = await store.list(GOLD, '2026-01', '2026-12');
      expect(months.map(m => [m.month, m.corrections.length])).toEqual([
        ['2026-09', 0],
        ['2026-10', 1],
      ]);
      expect(months[1].corrections[0]).toEqual(correction);
    });

    it('lists an agreement by month range and a month across agreements', async () => {
      const other = 'servicelevelagreement:default/silver';
      for (const [ref, month] of [
        [GOLD, '2026-08'],
        [GOLD, '2026-09'],
        [GOLD, '2026-10'],
        [other, '2026-09'],
      ]) {
        await store.save({
          agreementRef: ref,
          month,
          figures: figures(month, 1),
          computedAt: '2026-11-01T00:00:00Z',
        });
      }
      expect(
        (await store.list(GOLD, '2026-09', '2026-10')).map(m => m.month),
      ).toEqual(['2026-09', '2026-10']);
      expect((await store.month('2026-09')).map(m => m.agreementRef)).toEqual([
        GOLD,
        other,
      ]);
    });

    it('migrates down and up again', async () => {
      await rollbackAll(db);
      expect(await db.schema.hasTable('smo_service_level_months')).toBe(false);
      await db.migrate.latest({ directory: migrationsDir });
      expect(await db.schema.hasTable('smo_service_level_months')).toBe(true);
    });
  },
);
