/* eslint-disable no-console */
// Side-by-side bench: SMO readiness (our demo backend) vs Backstage Tech Insights (bench-only backend).
// Run: ./run bench   (see bench/README.md)
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import knexFactory, { Knex } from 'knex';
import { createReadinessEngine } from '@smo-backstage/plugin-smo-backend/alpha';
import { markdownTable } from '../lib/markdownTable';
import { Backend, stopAll } from './backend';
import { writeCatalogFile } from './catalogFile';
import { json, Latency, measureLatency, request } from './http';
import { smoClient } from './smoClient';

const ROOT = resolve(__dirname, '../..');
const RESULTS = join(ROOT, 'bench/results');
const TI_DIR = join(ROOT, 'bench/techinsights-backend');

const env = process.env;
const sizes = (env.SMO_BENCH_SIZES ?? '1000,10000')
  .split(',')
  .map(Number)
  .concat(env.SMO_BENCH_50K === '1' ? [50000] : []);
const REPEATS = Math.max(2, Number(env.SMO_BENCH_REPEATS ?? 2));
const LATENCY_REQUESTS = Number(env.SMO_BENCH_REQUESTS ?? 1000);
const LATENCY_MAX_MS = Number(env.SMO_BENCH_LATENCY_MAX_MS ?? 10000);
const OURS_PORT = Number(env.SMO_BENCH_OURS_PORT ?? 7117);
const THEIRS_PORT = Number(env.SMO_BENCH_THEIRS_PORT ?? 7118);
const ALL_CHECKS = env.SMO_BENCH_CHECKS === 'all';
const CPU_PROF = env.SMO_BENCH_CPU_PROF === '1';
const PG_URL =
  env.SMO_BENCH_PG_URL ??
  env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  Object.entries(env).find(([k]) =>
    /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(k),
  )?.[1];
const BULK_BATCH = 2000;
const TOKEN = randomBytes(24).toString('hex');

/** The six checks compared; every other built-in check is switched off in ours unless SMO_BENCH_CHECKS=all. */
const COMPARED = [
  'ops.owner',
  'ops.on-call',
  'ops.runbook',
  'docs.techdocs',
  'ops.monitoring',
  'sla.in-force',
];
const TI_CHECKS = [
  'ownerResolves',
  'onCall',
  'runbook',
  'techdocs',
  'monitoring',
  'slaInForce',
];
const TI_RETRIEVERS = [
  'entityOwnershipFactRetriever',
  'entityMetadataFactRetriever',
  'techdocsFactRetriever',
  'smoBenchFactRetriever',
];
/** Checks the demo backend's example module (packages/backend/src/modules/openIncidentChecks.ts) contributes. */
const DEMO_MODULE_CHECKS = ['northwind.no-major-incident'];

const log = (msg: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const mb = (bytes: number) => bytes / 1024 / 1024;

type Db = 'sqlite' | 'postgres';

interface Figures {
  fullMs: number;
  reMs: number;
  /** Tech Insights: its two parts. */
  retrieversMs?: number;
  bulkMs?: number;
  read: Latency;
  page?: Latency;
  evalRssAdded: number;
  peakRss: number;
  dbBytes: number;
  notes: string[];
}

// ---------------------------------------------------------------- Tech Insights install

function ensureTechInsightsInstalled() {
  const lock = join(TI_DIR, 'yarn.lock');
  const stampFile = join(TI_DIR, 'node_modules/.bench-install-stamp');
  const sum = createHash('sha1')
    .update(readFileSync(join(TI_DIR, 'package.json')))
    .update(readFileSync(lock))
    .digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sum) return;
  // yarn 4.13 under Node 24 once crashed in the fetch step here; the machine's Node 20/22 did not.
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find(p => {
    if (!existsSync(p)) return false;
    const major = Number(
      execFileSync(p, ['-p', 'process.versions.node.split(".")[0]']).toString(),
    );
    return major >= 18;
  });
  const nodeBin = env.SMO_BENCH_YARN_NODE ?? systemNode ?? process.execPath;
  const yarnJs = [
    env.npm_execpath,
    join(ROOT, '.tools/yarn-4.13.0/bin/yarn.js'),
  ].find(p => p && /\.(c?js)$/.test(p) && existsSync(p));
  const cleanEnv = Object.fromEntries(
    Object.entries(env).filter(
      ([k]) =>
        !/^(npm_|BERRY_|PROJECT_CWD$|INIT_CWD$|YARN_IGNORE|YARN_WRAP)/.test(k),
    ),
  );
  const immutable = readFileSync(lock, 'utf8').trim() ? ['--immutable'] : [];
  log(
    `installing the Tech Insights bench backend (yarn install ${immutable.join(
      ' ',
    )} in bench/techinsights-backend, Node ${nodeBin})`,
  );
  const [cmd, args] = yarnJs
    ? [nodeBin, [yarnJs, 'install', ...immutable]]
    : ['yarn', ['install', ...immutable]];
  execFileSync(cmd, args, { cwd: TI_DIR, stdio: 'inherit', env: cleanEnv });
  writeFileSync(stampFile, sum);
}

// ---------------------------------------------------------------- PostgreSQL

function pgConnection(database: string) {
  const url = new URL(PG_URL!);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || 'postgres'),
    password: decodeURIComponent(url.password || ''),
    database,
  };
}

async function withPgAdmin<T>(fn: (db: Knex) => Promise<T>): Promise<T> {
  const db = knexFactory({
    client: 'pg',
    connection: pgConnection('postgres'),
  });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

const PG_DBS = { ours: 'smo_bench_ours', theirs: 'smo_bench_techinsights' };

async function dropPgDatabases(recreate: boolean) {
  await withPgAdmin(async db => {
    for (const name of Object.values(PG_DBS)) {
      await db.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      if (recreate) await db.raw(`CREATE DATABASE ${name}`);
    }
  });
}

// ---------------------------------------------------------------- backends

function dbOverlay(
  file: string,
  sqliteDir: string,
  pg: { pluginId: string; database: string } | undefined,
  extra: object,
) {
  const config: any = {
    backend: {
      database: {
        client: 'better-sqlite3',
        connection: { directory: sqliteDir },
        ...(pg
          ? {
              plugin: {
                [pg.pluginId]: {
                  client: 'pg',
                  connection: pgConnection(pg.database),
                  // The bench creates the database: with a SQLite base config, backend-defaults would
                  // try to check for it through the SQLite admin connection.
                  ensureExists: false,
                },
              },
            }
          : {}),
      },
    },
    ...extra,
  };
  // JSON is YAML.
  writeFileSync(file, JSON.stringify(config, null, 2));
}

/** Writes one side's database overlay for this run, then starts its backend on `port` with the catalog of `size`. */
function startBackend(options: {
  side: keyof typeof PG_DBS;
  name: string;
  port: number;
  size: number;
  db: Db;
  pluginId: string;
  config: object;
  cwd: string;
  args(overlay: string): string[];
}): Backend {
  const { side, port, size, db } = options;
  const dir = join(RESULTS, `run-${size}`);
  const overlay = join(dir, `${side}-${db}.yaml`);
  dbOverlay(
    overlay,
    join(dir, `db-${side}`),
    db === 'postgres'
      ? { pluginId: options.pluginId, database: PG_DBS[side] }
      : undefined,
    options.config,
  );
  const backend = new Backend(options.name, `http://127.0.0.1:${port}`, {
    cwd: options.cwd,
    args: options.args(overlay),
    env: {
      NODE_ENV: 'production',
      BENCH_PORT: String(port),
      BENCH_TOKEN: TOKEN,
      BENCH_CATALOG_FILE: join(RESULTS, `catalog-${size}.yaml`),
    },
    logFile: join(dir, `${side}-${db}.log`),
  });
  backend.start();
  return backend;
}

function startOurs(size: number, db: Db): Backend {
  const disabled = ALL_CHECKS
    ? []
    : [
        ...createReadinessEngine({ related: [] }).checkIds.filter(
          id => !COMPARED.includes(id),
        ),
        ...DEMO_MODULE_CHECKS,
      ];
  return startBackend({
    side: 'ours',
    name: 'ours',
    port: OURS_PORT,
    size,
    db,
    pluginId: 'smo',
    config: {
      smo: {
        readiness: {
          // One sweep right after start (catalog still empty on first start), then only when triggered.
          schedule: { initialDelay: { seconds: 1 } },
          checks: Object.fromEntries(
            disabled.map(id => [id, { enabled: false }]),
          ),
        },
      },
    },
    cwd: join(ROOT, 'packages/backend'),
    args: overlay => [
      ...(CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${join(RESULTS, 'prof')}`]
        : []),
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      'src/index.ts',
      '--config',
      join(ROOT, 'app-config.yaml'),
      '--config',
      join(ROOT, 'bench/compare/ours.app-config.yaml'),
      '--config',
      overlay,
    ],
  });
}

function startTheirs(size: number, db: Db): Backend {
  return startBackend({
    side: 'theirs',
    name: 'tech-insights',
    port: THEIRS_PORT,
    size,
    db,
    pluginId: 'tech-insights',
    config: {},
    cwd: TI_DIR,
    args: overlay => [
      'src/index.js',
      '--config',
      join(TI_DIR, 'app-config.yaml'),
      '--config',
      overlay,
    ],
  });
}

async function waitReady(backend: Backend) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (!backend.isRunning) {
      throw new Error(
        `${backend.name} exited during start-up (see its log in bench/results)`,
      );
    }
    try {
      const res = await request(
        `${backend.baseUrl}/.backstage/health/v1/readiness`,
        TOKEN,
      );
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`${backend.name} did not become ready within 180 s`);
}

async function count(backend: Backend, kind?: string): Promise<number> {
  const filter = kind ? `&filter=kind=${kind}` : '';
  const page = await json<{ totalItems: number }>(
    `${backend.baseUrl}/api/catalog/entities/by-query?limit=1${filter}`,
    TOKEN,
  );
  return page.totalItems;
}

/** Polls entity counts until the components, groups and systems are all in and the total is stable for 9 s. */
async function waitForIngestion(
  backends: Backend[],
  expected: Record<string, number>,
) {
  const started = Date.now();
  const deadline =
    started + Number(env.SMO_BENCH_INGEST_TIMEOUT_S ?? 1800) * 1000;
  const done = new Set<Backend>();
  const last = new Map<Backend, { total: number; stable: number }>();
  let lastReport = 0;
  while (done.size < backends.length) {
    if (Date.now() > deadline) throw new Error('catalog ingestion timed out');
    for (const b of backends) {
      if (done.has(b)) continue;
      const counts: Record<string, number> = {};
      for (const kind of ['Component', 'Group', 'System', 'User']) {
        counts[kind] = await count(b, kind.toLowerCase());
      }
      const total = await count(b);
      const complete = Object.keys(counts).every(k => counts[k] >= expected[k]);
      const prev = last.get(b);
      const stable = prev && prev.total === total ? prev.stable + 1 : 0;
      last.set(b, { total, stable });
      if (complete && stable >= 3) {
        done.add(b);
        log(
          `${b.name}: catalog ingested (${total} entities) after ${(
            (Date.now() - started) /
            1000
          ).toFixed(0)} s`,
        );
      } else if (Date.now() - lastReport > 30_000) {
        lastReport = Date.now();
        log(
          `${b.name}: ingesting… ${counts.Component}/${expected.Component} components, ${total} entities`,
        );
      }
    }
    await sleep(3000);
  }
}

// ---------------------------------------------------------------- ours

const SWEEP_LINE =
  /SMO readiness sweep: (\d+) evaluated, (\d+) changed, (\d+) removed in (\d+) ms/;

async function sweep(ours: Backend) {
  const done = ours.waitForLog(SWEEP_LINE, 20 * 60_000);
  await json(
    `${ours.baseUrl}/api/smo/.backstage/scheduler/v1/tasks/smo-readiness-sweep/trigger`,
    TOKEN,
    { method: 'POST' },
  );
  const [, evaluated, changed, , ms] = SWEEP_LINE.exec((await done).message)!;
  return { evaluated: +evaluated, changed: +changed, ms: +ms };
}

/** Removes stored results so that the next sweep evaluates and writes everything (a first sweep). */
async function clearOurState(size: number, db: Db) {
  const knex =
    db === 'sqlite'
      ? knexFactory({
          client: 'better-sqlite3',
          connection: {
            filename: join(RESULTS, `run-${size}`, 'db-ours', 'smo.sqlite'),
          },
          useNullAsDefault: true,
        })
      : knexFactory({ client: 'pg', connection: pgConnection(PG_DBS.ours) });
  try {
    await knex('smo_readiness').delete();
    await knex('smo_readiness_history').delete();
  } finally {
    await knex.destroy();
  }
}

async function dbSize(who: 'ours' | 'theirs', size: number, db: Db) {
  if (db === 'postgres') {
    return withPgAdmin(async knex => {
      const { rows } = await knex.raw('SELECT pg_database_size(?) AS bytes', [
        PG_DBS[who],
      ]);
      return Number(rows[0].bytes);
    });
  }
  const base = join(
    RESULTS,
    `run-${size}`,
    `db-${who}`,
    who === 'ours' ? 'smo.sqlite' : 'tech-insights.sqlite',
  );
  return ['', '-wal', '-shm']
    .map(s => (existsSync(base + s) ? statSync(base + s).size : 0))
    .reduce((a, b) => a + b, 0);
}

async function measureOurs(
  ours: Backend,
  size: number,
  db: Db,
  peakBefore: number,
): Promise<Figures> {
  const notes: string[] = [];
  const full: number[] = [];
  const re: number[] = [];
  ours.resetPeak();
  const rssBefore = ours.memory().rss;
  for (let r = 0; r < REPEATS; r++) {
    await clearOurState(size, db);
    const first = await sweep(ours);
    if (first.evaluated !== size || first.changed !== size) {
      notes.push(
        `ours full sweep ${r + 1}: ${first.evaluated} evaluated, ${
          first.changed
        } written (expected ${size})`,
      );
    }
    const again = await sweep(ours);
    if (again.changed !== 0) {
      notes.push(`ours re-sweep ${r + 1} rewrote ${again.changed} results`);
    }
    full.push(first.ms);
    re.push(again.ms);
    log(
      `ours ${size} ${db}: full sweep ${first.ms} ms, unchanged re-sweep ${again.ms} ms`,
    );
  }
  const evalRssAdded = Math.max(0, ours.memory().peak - rssBefore);
  const names = Array.from({ length: size }, (_, i) => `component-${i}`);
  const pick = (i: number) => names[(i * 7919) % size];
  const smo = smoClient(ours.baseUrl, TOKEN);
  const reads: Latency[] = [];
  const pages: Latency[] = [];
  for (let r = 0; r < REPEATS; r++) {
    reads.push(
      await measureLatency(
        i =>
          smo.getReadiness({
            path: { kind: 'component', namespace: 'default', name: pick(i) },
          }),
        LATENCY_REQUESTS,
        LATENCY_MAX_MS,
      ),
    );
    pages.push(
      await measureLatency(
        i =>
          smo.listReadiness({
            query: {
              sort: 'score',
              limit: 50,
              offset: ((i * 50) % Math.max(50, size - 50)) * (i % 2),
            },
          }),
        LATENCY_REQUESTS,
        LATENCY_MAX_MS,
      ),
    );
  }
  const peakRss = Math.max(peakBefore, ours.memory().peak);
  return {
    fullMs: Math.min(...full),
    reMs: Math.min(...re),
    read: best(reads),
    page: best(pages),
    evalRssAdded,
    peakRss,
    dbBytes: await dbSize('ours', size, db),
    notes,
  };
}

// ---------------------------------------------------------------- Tech Insights

const RETRIEVED = /^Stored (\d+) facts for fact retriever (\w+)/;

/** Triggers every retriever at once; wall time from the first start to the last stored fact (log times). */
async function runRetrievers(theirs: Backend) {
  const stored = TI_RETRIEVERS.map(id =>
    theirs.waitForLog(
      new RegExp(`^Stored \\d+ facts for fact retriever ${id}\\b`),
      20 * 60_000,
    ),
  );
  const starts = TI_RETRIEVERS.map(id =>
    theirs.waitForLog(
      new RegExp(`^Retrieving facts for fact retriever ${id}\\b`),
      20 * 60_000,
    ),
  );
  for (const id of TI_RETRIEVERS) {
    await json(
      `${theirs.baseUrl}/api/tech-insights/.backstage/scheduler/v1/tasks/${id}/trigger`,
      TOKEN,
      { method: 'POST' },
    );
  }
  const ends = await Promise.all(stored);
  const begins = await Promise.all(starts);
  const facts = ends.map(l => Number(RETRIEVED.exec(l.message)![1]));
  return {
    ms: Math.max(...ends.map(l => l.at)) - Math.min(...begins.map(l => l.at)),
    facts,
  };
}

/** Every component's checks through the bulk endpoint, in batches of ≤ 2,000 refs (its body limit is 100 kB). */
async function runBulkChecks(theirs: Backend, size: number) {
  const started = performance.now();
  let results = 0;
  let passed = 0;
  for (let i = 0; i < size; i += BULK_BATCH) {
    const entities = Array.from(
      { length: Math.min(BULK_BATCH, size - i) },
      (_, j) => `component:default/component-${i + j}`,
    );
    const batch = await json<
      { entity: string; results: { result: boolean }[] }[]
    >(`${theirs.baseUrl}/api/tech-insights/checks/run`, TOKEN, {
      method: 'POST',
      body: { checks: TI_CHECKS, entities },
    });
    for (const e of batch) {
      results += e.results.length;
      passed += e.results.filter(r => r.result).length;
    }
  }
  return { ms: performance.now() - started, results, passed };
}

async function measureTheirs(
  theirs: Backend,
  size: number,
  db: Db,
  peakBefore: number,
): Promise<Figures> {
  const notes: string[] = [];
  const runs: { retrievers: number; bulk: number }[] = [];
  theirs.resetPeak();
  const rssBefore = theirs.memory().rss;
  for (let r = 0; r < REPEATS + 1; r++) {
    const retrievers = await runRetrievers(theirs);
    const bulk = await runBulkChecks(theirs, size);
    if (bulk.results !== size * TI_CHECKS.length) {
      notes.push(
        `Tech Insights run ${r + 1}: ${bulk.results} check results (expected ${
          size * TI_CHECKS.length
        })`,
      );
    }
    runs.push({ retrievers: retrievers.ms, bulk: bulk.ms });
    log(
      `Tech Insights ${size} ${db}: retrievers ${retrievers.ms.toFixed(
        0,
      )} ms (${retrievers.facts.join(
        '/',
      )} facts), bulk checks ${bulk.ms.toFixed(0)} ms (${bulk.passed}/${
        bulk.results
      } passed)`,
    );
  }
  const evalRssAdded = Math.max(0, theirs.memory().peak - rssBefore);
  const total = (x: { retrievers: number; bulk: number }) =>
    x.retrievers + x.bulk;
  const bestRun = runs.reduce((a, b) => (total(b) < total(a) ? b : a));
  const names = Array.from({ length: size }, (_, i) => `component-${i}`);
  const pick = (i: number) => names[(i * 7919) % size];
  const smo = smoClient(ours.baseUrl, TOKEN);
  const reads: Latency[] = [];
  for (let r = 0; r < REPEATS; r++) {
    reads.push(
      await measureLatency(
        i =>
          request(
            `${
              theirs.baseUrl
            }/api/tech-insights/checks/run/default/component/${pick(i)}`,
            TOKEN,
            { method: 'POST', body: { checks: TI_CHECKS } },
          ),
        LATENCY_REQUESTS,
        LATENCY_MAX_MS,
      ),
    );
  }
  return {
    // Tech Insights has no incremental path: a re-evaluation is the same work as the first.
    fullMs: total(bestRun),
    reMs: Math.min(...runs.slice(1).map(total)),
    retrieversMs: bestRun.retrievers,
    bulkMs: bestRun.bulk,
    read: best(reads),
    evalRssAdded,
    peakRss: Math.max(peakBefore, theirs.memory().peak),
    dbBytes: await dbSize('theirs', size, db),
    notes,
  };
}

function best(runs: Latency[]): Latency {
  return runs.reduce((a, b) => (b.p95 < a.p95 ? b : a));
}

// ---------------------------------------------------------------- orchestration

interface Row {
  size: number;
  db: Db;
  ours: Figures;
  theirs: Figures;
  ingestS: number;
}

async function benchSize(size: number, rows: Row[]) {
  const dir = join(RESULTS, `run-${size}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'db-ours'), { recursive: true });
  mkdirSync(join(dir, 'db-theirs'), { recursive: true });
  const { kinds, total } = writeCatalogFile(
    size,
    join(RESULTS, `catalog-${size}.yaml`),
  );
  log(`catalog ${size}: ${total} entities ${JSON.stringify(kinds)}`);

  const phases: Db[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
  for (const db of phases) {
    if (db === 'postgres') await dropPgDatabases(true);
    log(`${size} components, ${db}: starting both backends`);
    const ingestStarted = Date.now();
    const ours = startOurs(size, db);
    const theirs = startTheirs(size, db);
    try {
      await Promise.all([waitReady(ours), waitReady(theirs)]);
      // Each backend evaluates once at start (on an empty catalog on the first start); let that pass.
      await Promise.all([
        ours.waitForLog(SWEEP_LINE, 20 * 60_000, 0),
        ...TI_RETRIEVERS.map(id =>
          theirs.waitForLog(
            new RegExp(`^Stored \\d+ facts for fact retriever ${id}\\b`),
            20 * 60_000,
            0,
          ),
        ),
      ]);
      await waitForIngestion([ours, theirs], {
        Component: size,
        Group: 200,
        System: Math.max(20, size / 50),
        User: Math.max(50, size / 20),
      });
      const ingestS = (Date.now() - ingestStarted) / 1000;
      // Lifetime peaks so far (start-up and ingestion), before measuring resets them.
      const oursPeak = ours.memory().peak;
      const theirsPeak = theirs.memory().peak;
      // One at a time, so that the two backends do not compete for the 2 cores.
      const oursFigures = await measureOurs(ours, size, db, oursPeak);
      const theirsFigures = await measureTheirs(theirs, size, db, theirsPeak);
      rows.push({
        size,
        db,
        ours: oursFigures,
        theirs: theirsFigures,
        ingestS,
      });
    } finally {
      await Promise.all([ours.stop(), theirs.stop()]);
    }
  }
}

function fmtMs(ms: number) {
  return ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

function table(rows: Row[]) {
  const out: string[][] = [];
  const ratio = (a: number, b: number) =>
    b > 0 ? `${(a / b).toFixed(2)}×` : '–';
  for (const { size, db, ours, theirs } of rows) {
    const label = `${size.toLocaleString('en-US')} ${
      db === 'sqlite' ? 'SQLite' : 'PostgreSQL'
    }`;
    const add = (
      what: string,
      o: number | undefined,
      t: number | undefined,
      fmt: (n: number) => string,
    ) =>
      out.push([
        label,
        what,
        o === undefined ? '–' : fmt(o),
        t === undefined ? '–' : fmt(t),
        o === undefined || t === undefined ? '–' : ratio(o, t),
      ]);
    add('full evaluation, all components', ours.fullMs, theirs.fullMs, fmtMs);
    out.push([
      label,
      '  Tech Insights: 4 retrievers + bulk checks',
      '',
      `${fmtMs(theirs.retrieversMs!)} + ${fmtMs(theirs.bulkMs!)}`,
      '',
    ]);
    add('re-evaluation, nothing changed', ours.reMs, theirs.reMs, fmtMs);
    add('one entity: read p50', ours.read.p50, theirs.read.p50, fmtMs);
    add('one entity: read p95', ours.read.p95, theirs.read.p95, fmtMs);
    add('one entity: read p99', ours.read.p99, theirs.read.p99, fmtMs);
    add('portfolio page of 50 by score p50', ours.page?.p50, undefined, fmtMs);
    add('portfolio page of 50 by score p95', ours.page?.p95, undefined, fmtMs);
    add('portfolio page of 50 by score p99', ours.page?.p99, undefined, fmtMs);
    add(
      'RSS added by evaluation',
      mb(ours.evalRssAdded),
      mb(theirs.evalRssAdded),
      n => `${n.toFixed(0)} MB`,
    );
    add(
      'peak RSS of the backend process',
      mb(ours.peakRss),
      mb(theirs.peakRss),
      n => `${n.toFixed(0)} MB`,
    );
    add(
      'plugin database size',
      mb(ours.dbBytes),
      mb(theirs.dbBytes),
      n => `${n.toFixed(1)} MB`,
    );
  }
  return markdownTable(
    [
      'catalog / DB',
      'measure',
      'SMO readiness (ours)',
      'Tech Insights',
      'ours/theirs',
    ],
    out,
  );
}

function targets(rows: Row[]) {
  const lines: string[] = [];
  const check = (ok: boolean, text: string) =>
    lines.push(`${ok ? 'MET   ' : 'MISSED'} ${text}`);
  for (const r of rows.filter(x => x.size === 10000)) {
    const db = r.db === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    check(
      r.ours.fullMs <= 3000,
      `10k full sweep ≤ 3 s (${db}): ${fmtMs(r.ours.fullMs)}`,
    );
    check(
      r.ours.fullMs <= 0.2 * r.theirs.fullMs,
      `10k full sweep ≤ 0.2× Tech Insights' retrievers + bulk checks (${db}): ${(
        r.ours.fullMs / r.theirs.fullMs
      ).toFixed(2)}×`,
    );
    check(
      r.ours.reMs <= 1000,
      `10k unchanged re-sweep ≤ 1 s (${db}): ${fmtMs(r.ours.reMs)}`,
    );
    check(
      r.ours.read.p95 <= 5,
      `one entity's readiness read p95 ≤ 5 ms (${db}): ${fmtMs(
        r.ours.read.p95,
      )}`,
    );
    check(
      r.ours.page!.p95 <= 20,
      `portfolio page of 50 p95 ≤ 20 ms (${db}): ${fmtMs(r.ours.page!.p95)}`,
    );
    check(
      mb(r.ours.evalRssAdded) <= 150,
      `sweep adds ≤ 150 MB RSS (${db}): ${mb(r.ours.evalRssAdded).toFixed(
        0,
      )} MB`,
    );
  }
  for (const r of rows.filter(x => x.size === 50000)) {
    check(
      r.ours.fullMs <= 15000,
      `50k full sweep ≤ 15 s (${r.db}): ${fmtMs(r.ours.fullMs)}`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const started = Date.now();
  mkdirSync(RESULTS, { recursive: true });
  ensureTechInsightsInstalled();
  log(
    `sizes ${sizes.join(', ')}; databases: SQLite${
      PG_URL ? ' + PostgreSQL' : ''
    }; ${REPEATS} runs per measurement; checks: ${
      ALL_CHECKS ? 'all built-in' : COMPARED.join(', ')
    }`,
  );
  const rows: Row[] = [];
  try {
    for (const size of sizes) await benchSize(size, rows);
  } finally {
    await stopAll();
    if (PG_URL) await dropPgDatabases(false).catch(() => {});
  }
  const report = [
    `SMO readiness vs Tech Insights — ${new Date().toISOString()}, ${
      require('node:os').cpus().length
    } cores, Node ${process.version}`,
    '',
    table(rows),
    '',
    `Ingestion (not compared, both backends at once): ${rows
      .map(r => `${r.size} ${r.db}: ${r.ingestS.toFixed(0)} s`)
      .join(', ')}`,
    ...rows
      .flatMap(r => [...r.ours.notes, ...r.theirs.notes])
      .map(n => `Note: ${n}`),
    '',
    'Targets:',
    targets(rows),
    '',
    `Bench wall time ${((Date.now() - started) / 60000).toFixed(1)} min.`,
  ].join('\n');
  const file = join(
    RESULTS,
    `compare-${new Date().toISOString().replace(/[:.]/g, '-')}.md`,
  );
  writeFileSync(file, `${report}\n`);
  writeFileSync(file.replace(/\.md$/, '.json'), JSON.stringify(rows, null, 2));
  console.log(`\n${report}\n\n(saved to ${file})`);
}

main().catch(async e => {
  console.error(e);
  await stopAll();
  process.exit(1);
});
