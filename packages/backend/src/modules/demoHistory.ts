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
 * improving, with the checks campaigns target failing more often the further back (so campaign burn-ups rise) — and
 * records that 21 days ago the standard got stricter (docs.techdocs made blocking for tier-1, as app-config.yaml has
 * it), which dips tier-1 offerings right after. It runs once: a database that already has history older than a day is
 * left alone. Nothing of this is in the plugin; see docs/development.md.
 */
const PAST = [
  { days: 60, drop: 25, ready: false, campaignsDone: 0 },
  { days: 45, drop: 18, ready: false, campaignsDone: 1 },
  { days: 30, drop: 10, ready: true, campaignsDone: 2 },
  { days: 20, drop: 20, ready: true, stricter: true, campaignsDone: 3 },
  { days: 7, drop: 4, ready: true, campaignsDone: 4 },
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
  const standards = await db('smo_standards').orderBy('id', 'asc');
  if (rollups.length === 0 || standards.length === 0) return false;
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
        components.map((c, i) => ({
          entity_ref: c.entity_ref,
          result: JSON.stringify(pastResult(JSON.parse(c.result), step, i, at)),
          recorded_at: at,
        })),
      );
    }
    await stricterStandard(tx, standards, now);
    await pastWaivers(tx, now);
  });
  return true;
}

/**
 * The standard's rows (as the first sweep recorded them: a baseline, perhaps followed by campaign steps at their
 * dates) with docs.techdocs advisory for tier-1 before CHANGE_DAYS ago and the change to blocking recorded then. Rows
 * after it are written again after the change, so that ids stay in time order and the last row is still the standard
 * in force.
 */
async function stricterStandard(
  tx: Knex.Transaction,
  rows: any[],
  now: DateTime,
) {
  const changeAt = now.minus({ days: CHANGE_DAYS }).toISO()!;
  const baselineAt = now.minus({ days: 90 }).toISO()!;
  if (rows[0].recorded_at > baselineAt) rows[0].recorded_at = baselineAt;
  const earlier = rows.filter(r => r.recorded_at <= changeAt);
  const later = rows.filter(r => r.recorded_at > changeAt);
  for (const row of earlier) {
    const checks = JSON.parse(row.checks) as {
      id: string;
      severity: Record<string, string>;
    }[];
    await tx('smo_standards')
      .where({ id: row.id })
      .update({
        checks: JSON.stringify(
          checks.map(c =>
            c.id === 'docs.techdocs'
              ? { ...c, severity: { ...c.severity, 'tier-1': 'advisory' } }
              : c,
          ),
        ),
        fingerprint: `${row.fingerprint}-before`,
        recorded_at: row.recorded_at,
        ...(row === rows[0] && {
          summary: `baseline: ${checks.length} checks`,
        }),
      });
  }
  const inForce = earlier[earlier.length - 1];
  const changes = [
    {
      checkId: 'docs.techdocs',
      change: 'severity',
      description: 'docs.techdocs: tier-1 advisory → blocking',
    },
  ];
  await tx('smo_standards')
    .whereIn(
      'id',
      later.map(r => r.id),
    )
    .delete();
  await tx('smo_standards').insert({
    fingerprint: inForce.fingerprint,
    checks: inForce.checks,
    changes: JSON.stringify(changes),
    summary: changes[0].description,
    recorded_at: changeAt,
  });
  for (const { id: _id, ...row } of later) {
    await tx('smo_standards').insert(row);
  }
}

/**
 * Waivers with a history, for the waiver debt and the CSI suggestions: warehouse-scanner-app's missing dashboard waived
 * three times in a row (the third renewing two), and product-search's TechDocs waived under the TechDocs campaign. Only on a
 * database with no waivers yet; the next sweep counts them.
 */
async function pastWaivers(tx: Knex.Transaction, now: DateTime) {
  if (await tx('smo_waivers').first('id')) return;
  const day = (days: number) => now.plus({ days }).toISO()!;
  const waiver = (
    id: string,
    entity: string,
    checkId: string,
    from: number,
    to: number,
    renews: number,
    extra: object = {},
  ) => ({
    id,
    entity_ref: `component:default/${entity}`,
    check_id: checkId,
    justification: 'Dashboards move to the new observability platform first',
    requested_by: 'user:default/ben.okafor',
    status: 'approved',
    approved_by: 'user:default/amelia.hart',
    decision_comment: 'Agreed for one more quarter',
    created_at: day(from - 1),
    decided_at: day(from),
    expires_at: day(to),
    version: 2,
    renews,
    ...extra,
  });
  await tx('smo_waivers').insert([
    waiver(
      '6d3f1a52-0000-4000-8000-000000000001',
      'warehouse-scanner-app',
      'ops.monitoring',
      -170,
      -90,
      0,
    ),
    waiver(
      '6d3f1a52-0000-4000-8000-000000000002',
      'warehouse-scanner-app',
      'ops.monitoring',
      -90,
      -10,
      1,
    ),
    waiver(
      '6d3f1a52-0000-4000-8000-000000000003',
      'warehouse-scanner-app',
      'ops.monitoring',
      -10,
      60,
      2,
    ),
    waiver(
      '6d3f1a52-0000-4000-8000-000000000004',
      'product-search',
      'docs.techdocs',
      -25,
      45,
      0,
      {
        justification: 'The search team documents after the relevance rewrite',
        campaign_id: 'techdocs-production',
      },
    ),
  ]);
}

/**
 * A component's result `step.days` back: a lower score, not ready in the earliest steps, and each check a campaign
 * targets failing unless the component (by its place `i`) had done it by then.
 */
function pastResult(
  result: any,
  step: (typeof PAST)[number],
  i: number,
  at: string,
) {
  const done = i % 4 < step.campaignsDone;
  return {
    ...result,
    score: lower(result.score, step.drop),
    verdict: step.ready ? result.verdict : 'not-ready',
    checks: (result.checks ?? []).map((c: any) =>
      c.campaign && c.status === 'pass' && !done
        ? { ...c, status: 'fail', message: 'not done yet' }
        : c,
    ),
    evaluatedAt: at,
  };
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
