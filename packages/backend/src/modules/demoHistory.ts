import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { DateTime } from 'luxon';

/**
 * Demo only: a synthetic past for the example portfolio, so the trend, `asOf` and the executive view's movement have
 * something to show on a fresh start. Once the SMO plugin's first sweep has stored roll-ups, this writes earlier
 * versions of them (and of the component results) 60, 45, 30, 20 and 7 days back, with lower scores — the estate
 * improving — and records that 20 days ago the standard got stricter (docs.techdocs made blocking for tier-1, as
 * app-config.yaml has it), which dips tier-1 offerings right after. It runs once: a database that already has
 * history older than a day is left alone. Nothing of this is in the plugin; see docs/development.md.
 */
const PAST = [
  { days: 60, drop: 25, ready: false },
  { days: 45, drop: 18, ready: false },
  { days: 30, drop: 10, ready: true },
  { days: 20, drop: 20, ready: true, stricter: true },
  { days: 7, drop: 4, ready: true },
];
const CHANGE_DAYS = 21;
const lower = (score: number, by: number) => Math.max(0, score - by);

export default createBackendModule({
  pluginId: 'smo',
  moduleId: 'demo-history',
  register(reg) {
    reg.registerInit({
      deps: {
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        logger: coreServices.logger,
      },
      async init({ database, scheduler, logger }) {
        await scheduler.scheduleTask({
          id: 'smo-demo-history',
          frequency: { seconds: 20 },
          timeout: { minutes: 1 },
          initialDelay: { seconds: 20 },
          scope: 'global',
          fn: async () => {
            const db = await database.getClient();
            if (await backfill(db, DateTime.utc())) {
              logger.info('SMO demo: wrote a synthetic past for the trend');
            }
          },
        });
      },
    });
  },
});

/** Writes the past once the first roll-ups exist; true when it wrote. */
export async function backfill(db: Knex, now: DateTime): Promise<boolean> {
  if (!(await db.schema.hasTable('smo_rollups'))) return false;
  const rollups = await db('smo_rollups').select(
    'entity_ref',
    'kind',
    'result',
  );
  const standard = await db('smo_standards').orderBy('id', 'asc').first();
  if (rollups.length === 0 || !standard) return false;
  const old = await db('smo_rollup_history')
    .where('recorded_at', '<', now.minus({ days: 1 }).toISO()!)
    .first('id');
  if (old) return false;
  const components = await db('smo_readiness').select('entity_ref', 'result');

  await db.transaction(async tx => {
    for (const step of PAST) {
      const at = now.minus({ days: step.days }).toISO()!;
      await tx('smo_rollup_history').insert(
        rollups.map(r => ({
          entity_ref: r.entity_ref,
          kind: r.kind,
          result: JSON.stringify(pastRollup(JSON.parse(r.result), step, at)),
          recorded_at: at,
        })),
      );
      if (components.length === 0) continue;
      await tx('smo_readiness_results').insert(
        components.map(c => {
          const result = JSON.parse(c.result);
          return {
            entity_ref: c.entity_ref,
            result: JSON.stringify({
              ...result,
              score: lower(result.score, step.drop),
              verdict: step.ready ? result.verdict : 'not-ready',
              evaluatedAt: at,
            }),
            recorded_at: at,
          };
        }),
      );
    }
    // The baseline moves back in time with TechDocs advisory for tier-1, and the change to blocking is recorded.
    const checks = JSON.parse(standard.checks) as {
      id: string;
      severity: Record<string, string>;
    }[];
    const before = checks.map(c =>
      c.id === 'docs.techdocs'
        ? { ...c, severity: { ...c.severity, 'tier-1': 'advisory' } }
        : c,
    );
    await tx('smo_standards')
      .where({ id: standard.id })
      .update({
        checks: JSON.stringify(before),
        fingerprint: `${standard.fingerprint}-before`,
        recorded_at: now.minus({ days: 90 }).toISO()!,
        summary: `baseline: ${before.length} checks`,
      });
    const changes = [
      {
        checkId: 'docs.techdocs',
        change: 'severity',
        description: 'docs.techdocs: tier-1 advisory → blocking',
      },
    ];
    await tx('smo_standards').insert({
      fingerprint: standard.fingerprint,
      checks: standard.checks,
      changes: JSON.stringify(changes),
      summary: changes[0].description,
      recorded_at: now.minus({ days: CHANGE_DAYS }).toISO()!,
    });
  });
  return true;
}

function pastRollup(result: any, step: (typeof PAST)[number], at: string) {
  // The stricter standard hits the tier-1 offerings; the others only carry the general trend.
  const drop = step.stricter && result.tier !== 'tier-1' ? 6 : step.drop;
  const counted = result.members.counted;
  const ready = step.ready
    ? result.members.ready
    : Math.max(0, result.members.ready - 1);
  return {
    ...result,
    score: lower(result.score, drop),
    verdict: step.ready && !step.stricter ? result.verdict : 'not-ready',
    members: { ...result.members, ready, notReady: counted - ready },
    evaluatedAt: at,
  };
}
