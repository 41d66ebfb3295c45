// Two demo backends on one PostgreSQL database (loopback ports): the scheduled readiness sweep runs
// once per interval across both, history has no duplicates, and both serve the same reads.
// Writes a Jest-style JSON report (argv[2]) for scripts/test-all.mjs, which provides the PostgreSQL
// (BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING); run alone without one, the tests are reported as skipped.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import {
  createRun,
  expect as assert,
  guestToken,
  poll as pollUntil,
  sleep,
  stopGroup,
} from '../lib/harness.mjs';

const reportFile = process.argv[2] ?? '/dev/null';
const require = createRequire(
  new URL('../../plugins/smo-backend/package.json', import.meta.url),
);
const TESTS = [
  'each scheduled sweep runs once per interval across both replicas',
  'history has no duplicate rows',
  'both replicas serve the same reads',
];
const FREQUENCY_S = 10;
const WINDOW_S = Number(process.env.REPLICAS_WINDOW_S ?? 60);
const deadline = Date.now() + 170_000;
const { test, record, writeReport, results } = createRun();

const connection = Object.entries(process.env)
  .filter(([k]) =>
    /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(k),
  )
  .sort(([a], [b]) => b.localeCompare(a, 'en', { numeric: true }))
  .map(([, v]) => v)[0];
if (!connection) {
  const why =
    'no PostgreSQL configured (set BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING)';
  // Under ./run test a PostgreSQL is always provided, so its absence is a failure there, not a skip.
  if (process.env.SMO_TEST_REQUIRE_POSTGRES === '1') {
    for (const name of TESTS) record(name, false, why);
    process.exit(writeReport(reportFile) === 0 ? 0 : 1);
  }
  console.log(`  - skipped ${TESTS.length} tests: ${why}`);
  writeReport(reportFile, { skipped: TESTS.length });
  process.exit(0);
}

const { Client } = require('pg');
const prefix = `smo_replicas_${process.pid}_`;
const logDir = dirname(reportFile === '/dev/null' ? '/tmp/x' : reportFile);
mkdirSync(logDir, { recursive: true });

async function sql(database, text, params = []) {
  const url = new URL(connection);
  url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function freePort() {
  return new Promise(resolve => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startReplica(name, port) {
  const log = createWriteStream(join(logDir, `replica-${name}.log`));
  const child = spawn('yarn', ['workspace', 'backend', 'start'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      APP_CONFIG_backend_listen_port: String(port),
      APP_CONFIG_backend_baseUrl: `http://localhost:${port}`,
      APP_CONFIG_backend_database_client: 'pg',
      APP_CONFIG_backend_database_connection: connection,
      APP_CONFIG_backend_database_prefix: prefix,
      APP_CONFIG_smo_readiness_schedule: JSON.stringify({
        frequency: `PT${FREQUENCY_S}S`,
        timeout: 'PT30S',
        initialDelay: 'PT1S',
      }),
    },
  });
  const replica = {
    name,
    port,
    child,
    output: '',
    base: `http://localhost:${port}`,
  };
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', d => {
      replica.output += d;
      log.write(d);
    });
  }
  return replica;
}

const poll = (what, fn) => pollUntil(what, fn, deadline);
const token = replica => guestToken(replica.base);

const sweepLines = replica =>
  (
    replica.output
      .replace(/\x1b\[[0-9;]*m/g, '')
      .match(/SMO readiness sweep: /g) ?? []
  ).length;

const replicas = [];
// Whatever happens to this script, its backends do not outlive it.
process.on('exit', () => {
  for (const r of replicas) stopGroup(r.child, 'SIGKILL');
});
try {
  // One after the other, as in a rolling deploy: the first runs the migrations.
  replicas.push(startReplica('a', await freePort()));
  const tokenA = await poll('replica a', () => token(replicas[0]));
  replicas.push(startReplica('b', await freePort()));
  const tokenB = await poll('replica b', () => token(replicas[1]));
  const smoDb = `${prefix}smo`;
  await poll('a sweep over the ingested catalog', async () => {
    const [row] = await sql(
      smoDb,
      'select count(*)::int as n from smo_sweeps where evaluated > 0',
    );
    return row.n > 0;
  });

  const from = new Date().toISOString();
  const linesBefore = replicas.map(sweepLines);
  console.log(
    `  observing sweeps every ${FREQUENCY_S}s for ${WINDOW_S}s on two replicas…`,
  );
  await sleep(WINDOW_S * 1000);
  const to = new Date().toISOString();

  await test(TESTS[0], async () => {
    const sweeps = await sql(
      smoDb,
      'select started_at from smo_sweeps where started_at >= $1 and started_at <= $2 order by started_at',
      [from, to],
    );
    const starts = sweeps.map(s => Date.parse(s.started_at));
    const gaps = starts.slice(1).map((t, i) => (t - starts[i]) / 1000);
    const runsByReplica = replicas.map(
      (r, i) => sweepLines(r) - linesBefore[i],
    );
    console.log(
      `    ${
        sweeps.length
      } sweeps in ${WINDOW_S}s (interval ${FREQUENCY_S}s), gaps ${gaps
        .map(g => g.toFixed(1))
        .join(', ')}s, run by replica a/b: ${runsByReplica.join('/')}`,
    );
    assert(sweeps.length >= 2, `only ${sweeps.length} sweeps ran`);
    assert(
      sweeps.length <= Math.floor(WINDOW_S / FREQUENCY_S) + 1,
      `${sweeps.length} sweeps is more than one per interval`,
    );
    assert(
      Math.min(...gaps) >= FREQUENCY_S * 0.9,
      `two sweeps started ${Math.min(...gaps)}s apart`,
    );
    // Each sweep is logged by the replica that ran it: the logs account for every row, once.
    const logged = runsByReplica.reduce((a, b) => a + b, 0);
    assert(
      Math.abs(logged - sweeps.length) <= 1,
      `replicas logged ${logged} sweeps, the database holds ${sweeps.length}`,
    );
  });

  await test(TESTS[1], async () => {
    const rows = await sql(
      smoDb,
      'select entity_ref, verdict, score, recorded_at from smo_readiness_history order by entity_ref, id',
    );
    assert(rows.length > 0, 'no history at all');
    const dupes = rows.filter(
      (r, i) =>
        i > 0 &&
        rows[i - 1].entity_ref === r.entity_ref &&
        (rows[i - 1].recorded_at === r.recorded_at ||
          (rows[i - 1].verdict === r.verdict && rows[i - 1].score === r.score)),
    );
    assert(
      dupes.length === 0,
      `duplicate history rows: ${JSON.stringify(dupes.slice(0, 3))}`,
    );
    console.log(`    ${rows.length} history rows, none repeated`);
  });

  await test(TESTS[2], async () => {
    const read = async (replica, auth, path) => {
      const res = await fetch(`${replica.base}/api/smo${path}`, {
        headers: { authorization: `Bearer ${auth}` },
      });
      assert(res.ok, `${replica.name} ${path}: HTTP ${res.status}`);
      return res.json();
    };
    // evaluatedAt moves with each sweep; compare the content, retrying across a sweep boundary.
    const strip = body =>
      JSON.stringify(body, (k, v) => (k === 'evaluatedAt' ? undefined : v));
    const list = await read(replicas[0], tokenA, '/readiness?limit=500');
    assert(list.items.length > 0, 'no readiness results');
    const paths = [
      '/readiness?limit=500&sort=entityRef',
      ...list.items
        .slice(0, 5)
        .map(i => `/gate/${i.entityRef.replace(':', '/')}`),
      '/checks',
    ];
    for (const path of paths) {
      const [a, b] = [
        await read(replicas[0], tokenA, path),
        await read(replicas[1], tokenB, path),
      ];
      assert(strip(a) === strip(b), `replicas differ on ${path}`);
    }
    console.log(`    ${paths.length} reads identical on both replicas`);
  });
} catch (e) {
  record('replicas start', false, e.message);
  for (const r of replicas) {
    console.log(
      `--- replica ${r.name} output (tail) ---\n${r.output.slice(-3000)}`,
    );
  }
} finally {
  for (const r of replicas) stopGroup(r.child);
  await sleep(2000);
  try {
    const dbs = await sql(
      'postgres',
      'select datname from pg_database where datname like $1',
      [`${prefix}%`],
    );
    for (const { datname } of dbs) {
      await sql(
        'postgres',
        `drop database if exists "${datname}" with (force)`,
      );
    }
  } catch (e) {
    console.log(`  (could not drop test databases ${prefix}*: ${e.message})`);
  }
}

if (results.length < TESTS.length && results.every(r => r.ok)) {
  record(
    'every replica test ran',
    false,
    `${results.length} of ${TESTS.length}`,
  );
}
process.exit(writeReport(reportFile) === 0 ? 0 : 1);
