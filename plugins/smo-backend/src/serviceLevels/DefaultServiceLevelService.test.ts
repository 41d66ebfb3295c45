import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portfolio, readyComponent } from '../__testUtils__/fixtures';
import { componentReader } from '../__testUtils__/readinessService';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { migrationsDir } from '../store/migrations';
import { ServiceLevelStore } from '../store/ServiceLevelStore';
import { DefaultServiceLevelService } from './DefaultServiceLevelService';
import { FileIncidentSource } from './FileIncidentSource';

// The shared portfolio: component checkout delivers online-checkout under the SLA gold (P1/P2: response 15 min,
// resolution 4 h, in force from 2026-01-01), underpinned by the OLA ola-db (the same targets), which governs nothing.
const databases = createTestDatabases();
const GOLD = 'servicelevelagreement:default/gold';
const OLA = 'servicelevelagreement:default/ola-db';
const NOW = new Date('2026-10-20T12:00:00Z');

const incidents = (p1ResolvedAt: string) =>
  [
    {
      id: 'I1',
      entityRef: 'component:default/checkout',
      priority: 'P1',
      openedAt: '2026-09-10T10:00:00Z',
      respondedAt: '2026-09-10T10:05:00Z',
      resolvedAt: p1ResolvedAt,
    },
    {
      id: 'I2',
      entityRef: 'component:default/checkout',
      priority: 'P2',
      openedAt: '2026-10-05T08:00:00Z',
      respondedAt: '2026-10-05T08:10:00Z',
      resolvedAt: '2026-10-05T09:00:00Z',
    },
  ]
    .map(r => JSON.stringify(r))
    .join('\n');

describe.each(databases.eachSupportedId())(
  'DefaultServiceLevelService on %p',
  databaseId => {
    let db: Knex;
    let store: ServiceLevelStore;
    let file: string;
    let service: DefaultServiceLevelService;

    beforeAll(async () => {
      db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      store = ServiceLevelStore.create(db);
      file = join(mkdtempSync(join(tmpdir(), 'smo-sl-')), 'incidents.ndjson');
      service = new DefaultServiceLevelService({
        reader: componentReader([...portfolio(), readyComponent()]),
        store,
        sources: [new FileIncidentSource(file)],
        logger: mockServices.logger.mock(),
        months: 3,
        freezeAfter: { days: 3 },
      });
    });

    it('computes every agreement-month in force, freezes closed months once confirmed, and records a later change as a correction once', async () => {
      // I1 resolved after 5 h: past gold's 4 h and the OLA's 4 h.
      writeFileSync(file, incidents('2026-09-10T15:00:00Z'));
      // Aug–Oct for gold and the OLA: written; the closed months wait for a second computation to confirm them.
      expect(await service.refresh(NOW)).toEqual({
        written: 6,
        frozen: 0,
        corrections: 0,
        skipped: 0,
      });
      // Again: the closed months' inputs have not changed, which confirms them — frozen, not recomputed nor
      // rewritten; only the running month (it depends on the time) is.
      expect(await service.refresh(NOW)).toEqual({
        written: 2,
        frozen: 4,
        corrections: 0,
        skipped: 0,
      });
      const [september] = await store.list(GOLD, '2026-09', '2026-09');
      expect(september.frozenAt).toBe('2026-10-20T12:00:00.000Z');
      const p1Resolution = september.figures.targets.find(
        t => t.priority === 'P1' && t.metric === 'resolution',
      )!;
      expect(p1Resolution).toMatchObject({ met: 0, breached: 1 });
      expect(p1Resolution.breaches[0].underpinning).toEqual([
        {
          agreementRef: OLA,
          outcome: 'breached',
          measuredMinutes: 300,
          targetMinutes: 240,
        },
      ]);
      const [october] = await store.list(GOLD, '2026-10', '2026-10');
      expect(october.frozenAt).toBeUndefined();
      expect(october.figures.incidentIds).toEqual(['I2']);

      // The same data again: only the running month is written, nothing else changes.
      expect(await service.refresh(NOW)).toEqual({
        written: 2,
        frozen: 0,
        corrections: 0,
        skipped: 0,
      });

      // The ITSM tool corrects I1's resolution to 3 h: September stays as frozen, October reports the correction.
      writeFileSync(file, incidents('2026-09-10T13:00:00Z'));
      expect(await service.refresh(NOW)).toEqual({
        written: 2,
        frozen: 0,
        corrections: 1,
        skipped: 0,
      });
      expect((await service.refresh(NOW)).corrections).toBe(0);
      const [frozen] = await store.list(GOLD, '2026-09', '2026-09');
      expect(frozen.figures).toEqual(september.figures);
      const [running] = await store.list(GOLD, '2026-10', '2026-10');
      expect(running.corrections).toHaveLength(1);
      expect(running.corrections[0]).toMatchObject({
        month: '2026-09',
        frozen: {
          targets: expect.arrayContaining([
            expect.objectContaining({
              priority: 'P1',
              metric: 'resolution',
              breached: 1,
            }),
          ]),
        },
        now: {
          targets: expect.arrayContaining([
            expect.objectContaining({
              priority: 'P1',
              metric: 'resolution',
              met: 1,
              breached: 0,
            }),
          ]),
        },
      });
    });
  },
);
