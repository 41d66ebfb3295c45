import knexFactory from 'knex';
import { DateTime } from 'luxon';
import { dirname, join } from 'node:path';
import { backfill } from './demoHistory';

const NOW = DateTime.fromISO('2026-11-30T12:00:00Z', { zone: 'utc' });

async function database() {
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  await db.migrate.latest({
    directory: join(
      dirname(
        require.resolve('@smo-backstage/plugin-smo-backend/package.json'),
      ),
      'migrations',
    ),
  });
  return db;
}

const rollup = {
  entityRef: 'serviceoffering:default/online-checkout',
  kind: 'serviceoffering',
  verdict: 'ready',
  score: 90,
  tier: 'tier-1',
  members: { counted: 2, ready: 2, notReady: 0, excluded: 0 },
};

describe('the demo history', () => {
  it('waits for the first roll-ups, writes the past once, and marks the stricter standard', async () => {
    const db = await database();
    expect(await backfill(db, NOW)).toBe(false);
    await db('smo_rollups').insert({
      entity_ref: rollup.entityRef,
      kind: rollup.kind,
      verdict: 'ready',
      at_risk: false,
      score: 90,
      fingerprint: 'f',
      result: JSON.stringify(rollup),
      evaluated_at: NOW.toISO(),
    });
    await db('smo_standards').insert({
      fingerprint: 'now',
      checks: JSON.stringify([
        { id: 'docs.techdocs', severity: { 'tier-1': 'blocking' }, weight: 1 },
      ]),
      changes: '[]',
      summary: 'baseline: 1 checks',
      recorded_at: NOW.toISO(),
    });

    await db('smo_readiness').insert({
      entity_ref: 'component:default/checkout',
      tier: 'tier-1',
      verdict: 'ready',
      score: 100,
      offering_refs: '||',
      fingerprint: 'c',
      result: JSON.stringify({ score: 100, verdict: 'ready' }),
      evaluated_at: NOW.toISO(),
    });

    expect(await backfill(db, NOW)).toBe(true);
    // A month ago, the component was a little weaker.
    const monthAgo = await db('smo_readiness_results')
      .where('recorded_at', '<=', NOW.minus({ days: 30 }).toISO()!)
      .orderBy('recorded_at', 'desc')
      .first();
    expect(JSON.parse(monthAgo.result)).toMatchObject({
      score: 90,
      verdict: 'ready',
    });
    const history = await db('smo_rollup_history').orderBy('recorded_at');
    expect(history.map(h => JSON.parse(h.result).score)).toEqual([
      65, 72, 80, 70, 86,
    ]);
    const changes = await db('smo_standards').whereNot('changes', '[]');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      fingerprint: 'now',
      summary: 'docs.techdocs: tier-1 advisory → blocking',
    });
    // Once written, never again.
    expect(await backfill(db, NOW)).toBe(false);
    expect(await db('smo_rollup_history').count({ n: '*' })).toEqual([
      { n: 5 },
    ]);
    await db.destroy();
  });

  it('keeps campaign steps in time order around the stricter standard, and has campaign targets done over time', async () => {
    const db = await database();
    await db('smo_rollups').insert({
      entity_ref: rollup.entityRef,
      kind: rollup.kind,
      verdict: 'ready',
      at_risk: false,
      score: 90,
      fingerprint: 'f',
      result: JSON.stringify(rollup),
      evaluated_at: NOW.toISO(),
    });
    const checks = (campaign?: object) =>
      JSON.stringify([
        {
          id: 'docs.techdocs',
          severity: { 'tier-1': 'blocking' },
          weight: 1,
          ...(campaign && { campaigns: [campaign] }),
        },
      ]);
    // As the plugin's first sweep records it: the baseline, then the campaign's start and deadline at their dates.
    await db('smo_standards').insert([
      {
        fingerprint: 'base',
        checks: checks(),
        changes: '[]',
        summary: 'baseline: 1 checks',
        recorded_at: '2026-10-01T00:00:00.000Z',
      },
      {
        fingerprint: 'started',
        checks: checks({ id: 'docs', enforced: [] }),
        changes: '[{"checkId":"docs.techdocs","change":"campaign"}]',
        summary: 'docs.techdocs: campaign docs started',
        recorded_at: '2026-10-01T00:00:00.000Z',
      },
      {
        fingerprint: 'now',
        checks: checks({ id: 'docs', enforced: ['tier-1'] }),
        changes: '[{"checkId":"docs.techdocs","change":"campaign"}]',
        summary: 'docs.techdocs: campaign docs deadline passed for tier-1',
        recorded_at: '2026-11-15T00:00:00.000Z',
      },
    ]);
    for (const name of ['a', 'b', 'c', 'd']) {
      await db('smo_readiness').insert({
        entity_ref: `component:default/${name}`,
        tier: 'tier-1',
        verdict: 'ready',
        score: 100,
        offering_refs: '||',
        fingerprint: name,
        result: JSON.stringify({
          score: 100,
          verdict: 'ready',
          checks: [
            {
              id: 'docs.techdocs',
              status: 'pass',
              campaign: { id: 'docs' },
            },
          ],
        }),
        evaluated_at: NOW.toISO(),
      });
    }
    expect(await backfill(db, NOW)).toBe(true);

    const rows = await db('smo_standards').orderBy('id');
    expect(rows.map(r => [r.recorded_at.slice(0, 10), r.fingerprint])).toEqual([
      ['2026-09-01', 'base-before'],
      ['2026-10-01', 'started-before'],
      ['2026-11-09', 'started'],
      ['2026-11-15', 'now'],
    ]);
    expect(JSON.parse(rows[1].checks)[0].severity['tier-1']).toBe('advisory');
    expect(rows[2].summary).toBe('docs.techdocs: tier-1 advisory → blocking');

    // The campaign's target was done by none 60 days back, by one in four 45 days back, … by all a week ago.
    const passing = async (days: number) =>
      (
        await db('smo_readiness_results').where(
          'recorded_at',
          NOW.minus({ days }).toISO()!,
        )
      ).filter(r => JSON.parse(r.result).checks[0].status === 'pass').length;
    expect([
      await passing(60),
      await passing(45),
      await passing(30),
      await passing(7),
    ]).toEqual([0, 1, 2, 4]);

    // Waivers with a history: one renewed twice, one under a campaign; written once.
    const waivers = await db('smo_waivers').orderBy('created_at');
    expect(waivers.map(w => [w.check_id, w.renews, w.campaign_id])).toEqual([
      ['ops.monitoring', 0, null],
      ['ops.monitoring', 1, null],
      ['docs.techdocs', 0, 'techdocs-production'],
      ['ops.monitoring', 2, null],
    ]);
    await db.destroy();
  });
});
