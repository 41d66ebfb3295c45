// Two demo backends on one PostgreSQL database (playwright.config.mjs): the scheduled readiness sweep runs once per
// interval across both, history has no duplicates, and both serve the same reads. Under ./run test a PostgreSQL is
// always provided, so its absence fails there (SMO_TEST_REQUIRE_POSTGRES=1); run alone without one, the tests skip.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { guestToken } from '../lib/harness.mjs';
import { SWEEP_FREQUENCY_S } from './playwright.config.mjs';
import { connection, prefix, sql } from './postgres.mjs';

const WINDOW_S = Number(process.env.REPLICAS_WINDOW_S ?? 60);
const smoDb = `${prefix}smo`;
const replicas = JSON.parse(process.env.SMO_REPLICAS ?? '[]').map(r => ({
  ...r,
  base: `http://localhost:${r.port}`,
  log: new URL(`../artifacts/replica-${r.name}.log`, import.meta.url).pathname,
}));

/** How many sweeps `replica` has logged so far. */
const sweepLines = replica =>
  (
    readFileSync(replica.log, 'utf8')
      .replace(/\x1b\[[0-9;]*m/g, '')
      .match(/SMO readiness sweep: /g) ?? []
  ).length;

test.describe.configure({ mode: 'serial' });

let window;

test.beforeAll(async () => {
  // The first sweep on a cold machine, then the observed window.
  test.setTimeout(300_000 + WINDOW_S * 1000);
  const why =
    'no PostgreSQL configured (set BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING)';
  if (process.env.SMO_TEST_REQUIRE_POSTGRES === '1') {
    expect(connection, why).toBeTruthy();
  }
  test.skip(!connection, why);
  for (const replica of replicas) {
    replica.token = await guestToken(replica.base);
  }
  await expect
    .poll(
      async () =>
        (
          await sql(
            smoDb,
            'select count(*)::int as n from smo_sweeps where evaluated > 0',
          )
        )[0].n,
      { message: 'a sweep over the ingested catalog', timeout: 170_000 },
    )
    .toBeGreaterThan(0);

  // Sweeps run on the scheduler's clock: observe a window of them.
  const from = new Date().toISOString();
  const linesBefore = replicas.map(sweepLines);
  await new Promise(resolve => setTimeout(resolve, WINDOW_S * 1000));
  window = {
    from,
    to: new Date().toISOString(),
    runsByReplica: replicas.map((r, i) => sweepLines(r) - linesBefore[i]),
  };
});

test('each scheduled sweep runs once per interval across both replicas', async () => {
  const sweeps = await sql(
    smoDb,
    'select started_at from smo_sweeps where started_at >= $1 and started_at <= $2 order by started_at',
    [window.from, window.to],
  );
  const starts = sweeps.map(s => Date.parse(s.started_at));
  const gaps = starts.slice(1).map((t, i) => (t - starts[i]) / 1000);
  console.log(
    `    ${
      sweeps.length
    } sweeps in ${WINDOW_S}s (interval ${SWEEP_FREQUENCY_S}s), gaps ${gaps
      .map(g => g.toFixed(1))
      .join(', ')}s, run by replica a/b: ${window.runsByReplica.join('/')}`,
  );
  expect(sweeps.length, 'sweeps in the window').toBeGreaterThanOrEqual(2);
  expect(sweeps.length, 'at most one sweep per interval').toBeLessThanOrEqual(
    Math.floor(WINDOW_S / SWEEP_FREQUENCY_S) + 1,
  );
  expect(Math.min(...gaps), 'seconds between sweeps').toBeGreaterThanOrEqual(
    SWEEP_FREQUENCY_S * 0.9,
  );
  // Each sweep is logged by the replica that ran it: the logs account for every row, once.
  const logged = window.runsByReplica.reduce((a, b) => a + b, 0);
  expect(
    Math.abs(logged - sweeps.length),
    'logged vs stored sweeps',
  ).toBeLessThanOrEqual(1);
});

test('history has no duplicate rows', async () => {
  const rows = await sql(
    smoDb,
    'select entity_ref, verdict, score, recorded_at from smo_readiness_history order by entity_ref, id',
  );
  expect(rows.length, 'history rows').toBeGreaterThan(0);
  const dupes = rows.filter(
    (r, i) =>
      i > 0 &&
      rows[i - 1].entity_ref === r.entity_ref &&
      (rows[i - 1].recorded_at === r.recorded_at ||
        (rows[i - 1].verdict === r.verdict && rows[i - 1].score === r.score)),
  );
  expect(dupes.slice(0, 3), 'duplicate history rows').toEqual([]);
});

test('both replicas serve the same reads', async ({ request }) => {
  const read = async (replica, path) => {
    const res = await request.get(`${replica.base}/api/smo${path}`, {
      headers: { authorization: `Bearer ${replica.token}` },
    });
    expect(res.status(), `${replica.name} ${path}`).toBe(200);
    return res.json();
  };
  // evaluatedAt moves with each sweep; compare the content.
  const strip = body =>
    JSON.parse(
      JSON.stringify(body, (k, v) => (k === 'evaluatedAt' ? undefined : v)),
    );
  const list = await read(replicas[0], '/readiness?limit=500');
  expect(list.items.length, 'readiness results').toBeGreaterThan(0);
  const paths = [
    '/readiness?limit=500&sort=entityRef',
    ...list.items
      .slice(0, 5)
      .map(i => `/gate/${i.entityRef.replace(':', '/')}`),
    '/checks',
  ];
  for (const path of paths) {
    const [a, b] = [
      await read(replicas[0], path),
      await read(replicas[1], path),
    ];
    expect(strip(b), `replica b on ${path}`).toEqual(strip(a));
  }
});
