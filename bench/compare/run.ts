/* eslint-disable no-console */
// Side-by-side bench: SMO readiness (our demo backend) vs Backstage Tech Insights (bench-only backend).
// Run: ./run bench   (see bench/README.md); ./run bench verify-seed [N] checks the fast catalog load.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Backend, stopAll } from './backend';
import { writeCatalogFile } from './catalogFile';
import { json, Latency, measureLatency, request } from './http';
import {
  costs,
  Figures,
  fmtMs,
  PageFigures,
  pageTable,
  Row,
  table,
  targets,
} from './report';
import {
  checkLoaded,
  Db,
  dropPgDatabases,
  expectedCounts,
  knobs,
  Layout,
  log,
  oursDb,
  PG_DBS,
  RESULTS,
  seedSide,
  Side,
  startSide,
  sweep,
  SWEEP_LINE,
  TI_CHECKS,
  TI_DIR,
  TI_RETRIEVERS,
  TOKEN,
  waitForIngestion,
  waitReady,
  withPgAdmin,
} from './sides';
import { measureRoutes } from './routes';
import { smoClient } from './smoClient';
import { verifySeed } from './verifySeed';

const env = process.env;
const sizes = [
  ...new Set(
    (env.SMO_BENCH_SIZES ?? '1000,10000,50000,100000')
      .split(',')
      .map(Number)
      .concat(env.SMO_BENCH_50K === '1' ? [50000] : []),
  ),
].sort((a, b) => a - b);
if (sizes.some(n => !Number.isInteger(n) || n < 10)) {
  throw new Error(
    `SMO_BENCH_SIZES: sizes of at least 10 components, comma-separated (got ${env.SMO_BENCH_SIZES})`,
  );
}
/** How catalogs are loaded: seeded into the catalog's tables (bench/compare/seedCatalog.ts) or ingested. */
const LOAD = (env.SMO_BENCH_LOAD ?? 'seed') as 'seed' | 'ingest';
if (LOAD !== 'seed' && LOAD !== 'ingest') {
  throw new Error(`SMO_BENCH_LOAD: seed or ingest (got ${LOAD})`);
}
/** Tech Insights is measured up to this size; its figures above are '–'. */
const THEIRS_MAX = Number(env.SMO_BENCH_THEIRS_MAX ?? 10000);
const REPEATS = Math.max(2, Number(env.SMO_BENCH_REPEATS ?? 2));
const LATENCY_REQUESTS = Number(env.SMO_BENCH_REQUESTS ?? 1000);
const LATENCY_MAX_MS = Number(env.SMO_BENCH_LATENCY_MAX_MS ?? 10000);
/** Each filtered portfolio page: fewer requests per run (seven filters). */
const FILTER_REQUESTS = Number(env.SMO_BENCH_FILTER_REQUESTS ?? 400);
const FILTER_MAX_MS = Number(env.SMO_BENCH_FILTER_MAX_MS ?? 4000);
const INGEST_TIMEOUT_S = Number(env.SMO_BENCH_INGEST_TIMEOUT_S ?? 1800);
const PG = Boolean(knobs.pgUrl);
const BULK_BATCH = 2000;
const SERVICE_LEVELS_TASK = /^Registered scheduled task: smo-service-levels\b/;
const SERVICE_LEVELS_REFRESHED = /^SMO service levels: /;
const PLUGINS_STARTED = /^Plugin initialization complete\b/;

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
    join(__dirname, '../../.tools/yarn-4.13.0/bin/yarn.js'),
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

// ---------------------------------------------------------------- ours

/**
 * Removes stored results so that the next sweep evaluates and writes everything, as a first sweep does: the latest
 * results and their history, and also the recorded results (asOf) and the roll-ups, so that the database holds one
 * full sweep's writes at the end, not one per repetition.
 */
async function clearOurState(layout: Layout, db: Db) {
  const knex = oursDb(layout, db);
  try {
    for (const t of [
      'smo_readiness',
      'smo_readiness_history',
      'smo_readiness_results',
      'smo_rollups',
      'smo_rollup_history',
    ]) {
      if (await knex.schema.hasTable(t)) await knex(t).delete();
    }
  } finally {
    await knex.destroy();
  }
}

async function dbSize(side: Side, layout: Layout, db: Db) {
  if (db === 'postgres') {
    return withPgAdmin(async knex => {
      const { rows } = await knex.raw('SELECT pg_database_size(?) AS bytes', [
        PG_DBS[side],
      ]);
      return Number(rows[0].bytes);
    });
  }
  const base = join(
    layout.dir,
    `db-${side}`,
    side === 'ours' ? 'smo.sqlite' : 'tech-insights.sqlite',
  );
  return ['', '-wal', '-shm']
    .map(s => (existsSync(base + s) ? statSync(base + s).size : 0))
    .reduce((a, b) => a + b, 0);
}

type ListQuery = NonNullable<
  Parameters<ReturnType<typeof smoClient>['listReadiness']>[0]
>['query'];

/**
 * The portfolio list's filters (ReadinessQuery, `GET /readiness` in the OpenAPI document), each with values spread
 * over the generated catalog (bench/lib/generateCatalog.ts: 200 teams, size/50 systems, size/10 offerings).
 */
function pageFilters(
  size: number,
): { name: string; query(i: number): ListQuery }[] {
  const systems = Math.max(20, size / 50);
  const offerings = Math.max(10, Math.ceil(size / 10));
  return [
    { name: 'none', query: () => ({}) },
    {
      name: 'verdict',
      query: i => ({ verdict: i % 2 ? 'ready' : 'not-ready' }),
    },
    {
      name: 'tier',
      query: i => ({ tier: `tier-${(i % 4) + 1}` as 'tier-1' }),
    },
    {
      name: 'offering',
      query: i => ({
        offering: `serviceoffering:default/offering-${(i * 7919) % offerings}`,
      }),
    },
    {
      name: 'owner',
      query: i => ({ owner: `group:default/team-${(i * 7919) % 200}` }),
    },
    {
      name: 'system',
      query: i => ({
        system: `system:default/system-${(i * 7919) % systems}`,
      }),
    },
    {
      name: 'minScore+maxScore',
      query: i => ({ minScore: 20 + (i % 3) * 10, maxScore: 90 }),
    },
  ];
}

/**
 * The page of 50 by score with each filter: half first pages, half deeper pages within what the filter matches
 * (the fewest matches among its first values).
 */
async function measurePages(
  smo: ReturnType<typeof smoClient>,
  size: number,
  notes: string[],
): Promise<PageFigures[]> {
  const out: PageFigures[] = [];
  for (const filter of pageFilters(size)) {
    // The first 16 values of the filter, those that match something (e.g. an offering the catalog rejected has no
    // components): requests rotate over them.
    const values: { query: ListQuery; matched: number }[] = [];
    for (let i = 0; i < 16; i++) {
      const query = filter.query(i);
      const res = await smo.listReadiness({
        query: { ...query, sort: 'score', limit: 1 },
      });
      const matched: number = JSON.parse(res.body).totalCount;
      if (matched > 0) values.push({ query, matched });
    }
    if (values.length === 0) {
      notes.push(
        `ours ${size}: portfolio filter ${filter.name} matched nothing; not measured`,
      );
      continue;
    }
    const matched = Math.min(...values.map(v => v.matched));
    const unfiltered = filter.name === 'none';
    const runs: Latency[] = [];
    for (let r = 0; r < REPEATS; r++) {
      runs.push(
        await measureLatency(
          i =>
            smo.listReadiness({
              query: {
                ...values[Math.floor(i / 2) % values.length].query,
                sort: 'score',
                limit: 50,
                offset: ((i * 50) % Math.max(50, matched - 50)) * (i % 2),
              },
            }),
          unfiltered ? LATENCY_REQUESTS : FILTER_REQUESTS,
          unfiltered ? LATENCY_MAX_MS : FILTER_MAX_MS,
        ),
      );
    }
    const example = new URLSearchParams(
      Object.entries(values[values.length - 1].query ?? {}).map(([k, v]) => [
        k,
        String(v),
      ]),
    ).toString();
    out.push({ filter: filter.name, example, matched, latency: best(runs) });
  }
  return out;
}

async function measureOurs(
  ours: Backend,
  layout: Layout,
  size: number,
  db: Db,
  peakBefore: number,
): Promise<Figures> {
  const notes: string[] = [];
  const full: number[] = [];
  let fullPhases: string | undefined;
  const re: number[] = [];
  ours.resetPeak();
  const rssBefore = ours.memory().rss;
  for (let r = 0; r < REPEATS; r++) {
    await clearOurState(layout, db);
    const first = await sweep(ours);
    if (first.evaluated !== size || first.changed !== size) {
      notes.push(
        `ours ${size} ${db}: full sweep ${r + 1}: ${
          first.evaluated
        } evaluated, ${first.changed} written (expected ${size})`,
      );
    }
    const again = await sweep(ours);
    if (again.changed !== 0) {
      notes.push(
        `ours ${size} ${db}: unchanged re-sweep ${r + 1} rewrote ${
          again.changed
        } results`,
      );
    }
    if (first.ms <= Math.min(...full)) fullPhases = first.phases;
    full.push(first.ms);
    re.push(again.ms);
    log(
      `ours ${size} ${db}: full sweep ${first.ms} ms (${first.phases}), unchanged re-sweep ${again.ms} ms (${again.evaluated} evaluated)`,
    );
  }
  const evalRssAdded = Math.max(0, ours.memory().peak - rssBefore);
  const pick = (i: number) => `component-${(i * 7919) % size}`;
  const smo = smoClient(ours.baseUrl, TOKEN);
  const reads: Latency[] = [];
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
  }
  const pages = await measurePages(smo, size, notes);
  log(
    `ours ${size} ${db}: read p95 ${fmtMs(best(reads).p95)}, page p95 ${pages
      .map(p => `${p.filter} ${fmtMs(p.latency.p95)}`)
      .join(', ')}`,
  );
  return {
    fullMs: Math.min(...full),
    fullPhases,
    reMs: Math.min(...re),
    read: best(reads),
    pages,
    evalRssAdded,
    peakRss: Math.max(peakBefore, ours.memory().peak),
    dbBytes: await dbSize('ours', layout, db),
    notes,
  };
}

// ---------------------------------------------------------------- Tech Insights

const RETRIEVED = /^Stored (\d+) facts for fact retriever (\w+)/;
const storedLine = (id: string) =>
  new RegExp(`^Stored \\d+ facts for fact retriever ${id}\\b`);

/** Triggers every retriever at once; wall time from the first start to the last stored fact (log times). */
async function runRetrievers(theirs: Backend) {
  const stored = TI_RETRIEVERS.map(id =>
    theirs.waitForLog(storedLine(id), 20 * 60_000),
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
  layout: Layout,
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
        `Tech Insights ${size} ${db} run ${r + 1}: ${
          bulk.results
        } check results (expected ${size * TI_CHECKS.length})`,
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
  const pick = (i: number) => `component-${(i * 7919) % size}`;
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
    dbBytes: await dbSize('theirs', layout, db),
    notes,
  };
}

function best(runs: Latency[]): Latency {
  return runs.reduce((a, b) => (b.p95 < a.p95 ? b : a));
}

// ---------------------------------------------------------------- orchestration

async function benchSize(size: number, rows: Row[]) {
  const layout: Layout = {
    dir: join(RESULTS, `run-${size}`),
    catalogFile: join(RESULTS, `catalog-${size}.yaml`),
  };
  rmSync(layout.dir, { recursive: true, force: true });
  mkdirSync(layout.dir, { recursive: true });
  const { kinds, total } = writeCatalogFile(size, layout.catalogFile);
  log(`catalog ${size}: ${total} entities ${JSON.stringify(kinds)}`);
  const sides: Side[] = size <= THEIRS_MAX ? ['ours', 'theirs'] : ['ours'];
  const expected = expectedCounts(size);

  // Load: seeded before start (both sides at once, one core each), or ingested by the first start.
  const load: Row['load'] = {
    how: LOAD === 'seed' ? 'seeded' : 'ingested',
    oursS: 0,
  };
  if (LOAD === 'seed') {
    const seeded = await Promise.all(sides.map(s => seedSide(s, layout)));
    sides.forEach((side, i) => {
      const r = seeded[i];
      log(
        `${side}: catalog seeded in ${(r.ms / 1000).toFixed(
          0,
        )} s by its catalog-backend ${r.catalogVersion} (${
          r.entities
        } entities, ${r.rejected} rejected by its processing; processing ${(
          r.processMs / 1000
        ).toFixed(0)} s, writing ${(r.writeMs / 1000).toFixed(0)} s)`,
      );
      if (side === 'ours') load.oursS = r.ms / 1000;
      else load.theirsS = r.ms / 1000;
    });
  }

  const phases: Db[] = PG ? ['sqlite', 'postgres'] : ['sqlite'];
  for (const db of phases) {
    if (db === 'postgres') await dropPgDatabases(true);
    log(`${size} components, ${db}: starting ${sides.join(' and ')}`);
    const started = Date.now();
    // On an ingested catalog, ours sweeps once right after start (the catalog is still empty then); on a seeded one
    // that would be a full sweep to wait for, and the measurements start with one anyway.
    const startupSweep = LOAD === 'ingest';
    const [ours, theirs] = sides.map(s =>
      startSide(s, layout, db, { startupSweep }),
    );
    const backends = theirs ? [ours, theirs] : [ours];
    try {
      await Promise.all(backends.map(waitReady));
      // Let the evaluations at start pass.
      await Promise.all([
        ...(startupSweep ? [ours.waitForLog(SWEEP_LINE, 20 * 60_000, 0)] : []),
        ...(theirs
          ? TI_RETRIEVERS.map(id =>
              theirs.waitForLog(storedLine(id), 20 * 60_000, 0),
            )
          : []),
      ]);
      // The service-level task computes every agreement's months once right after start (with no incidents too: the
      // months are stored with their "no incidents" figures); that first refresh changes the facts the sweep
      // fingerprints, so no re-sweep before it ends is unchanged. Later refreshes (every two minutes) store the same
      // figures and leave the facts' version alone. The task is registered during the plugin's start-up, which may end
      // after the backend answers.
      await ours.waitForLog(PLUGINS_STARTED, 10 * 60_000, 0);
      if (ours.lines.some(l => SERVICE_LEVELS_TASK.test(l.message))) {
        await ours.waitForLog(SERVICE_LEVELS_REFRESHED, 10 * 60_000, 0);
      }
      if (LOAD === 'seed') {
        for (const b of backends) await checkLoaded(b, expected);
      } else {
        await waitForIngestion(backends, expected, INGEST_TIMEOUT_S);
        if (db === 'sqlite') {
          // Both at once; not compared.
          load.oursS = (Date.now() - started) / 1000;
          if (theirs) load.theirsS = load.oursS;
        }
      }
      const loadAverage = loadavg().map(x => Math.round(x * 100) / 100);
      log(`load average ${loadAverage.join(' ')}`);
      // Lifetime peaks so far (start-up, and ingestion when ingested), before measuring resets them.
      const oursPeak = ours.memory().peak;
      const theirsPeak = theirs?.memory().peak ?? 0;
      // One at a time, so that the two backends do not compete for the 2 cores.
      const oursFigures = await measureOurs(ours, layout, size, db, oursPeak);
      const theirsFigures =
        theirs && (await measureTheirs(theirs, layout, size, db, theirsPeak));
      const routes = await measureRoutes({
        baseUrl: ours.baseUrl,
        token: TOKEN,
        size,
        requests: LATENCY_REQUESTS,
        maxMs: LATENCY_MAX_MS,
      });
      rows.push({
        size,
        db,
        ours: oursFigures,
        theirs: theirsFigures,
        loadAverage,
        load,
        extra: routes.map(r => ({
          measure: `${r.measure} p50 / p95 / p99`,
          ours: Number.isNaN(r.p50)
            ? '–'
            : `${fmtMs(r.p50)} / ${fmtMs(r.p95)} / ${fmtMs(r.p99)}`,
        })),
      });
    } finally {
      await Promise.all(backends.map(b => b.stop()));
    }
  }
}

async function main() {
  if (process.argv[2] === 'verify-seed') {
    const size = Number(process.argv[3] ?? 1000);
    ensureTechInsightsInstalled();
    const same = await verifySeed(size);
    process.exit(same ? 0 : 1);
  }
  const started = Date.now();
  mkdirSync(RESULTS, { recursive: true });
  if (sizes.some(s => s <= THEIRS_MAX)) ensureTechInsightsInstalled();
  log(
    `sizes ${sizes.join(', ')} (Tech Insights up to ${THEIRS_MAX}); catalogs ${
      LOAD === 'seed' ? 'seeded' : 'ingested'
    }; databases: SQLite${
      PG ? ' + PostgreSQL' : ''
    }; ${REPEATS} runs per measurement; checks: ${
      knobs.allChecks ? 'all built-in' : 'the six compared'
    }`,
  );
  const rows: Row[] = [];
  try {
    for (const size of sizes) await benchSize(size, rows);
  } finally {
    await stopAll();
    if (PG) await dropPgDatabases(false).catch(() => {});
  }
  const loads = [...new Map(rows.map(r => [r.size, r.load])).entries()];
  const report = [
    `SMO readiness vs Tech Insights — ${new Date().toISOString()}, ${
      cpus().length
    } cores, Node ${process.version}`,
    '',
    table(rows),
    '',
    'Portfolio page of 50 by score (ours), p50 / p95 / p99 per filter:',
    '',
    pageTable(rows),
    '',
    'What it costs (ours, per 1,000 components):',
    costs(rows),
    '',
    `Catalog load (not compared): ${loads
      .map(
        ([size, l]) =>
          `${size} ${l.how} in ${l.oursS.toFixed(0)} s${
            l.theirsS !== undefined
              ? l.how === 'seeded'
                ? ` (ours) and ${l.theirsS.toFixed(0)} s (Tech Insights)`
                : ' (both backends at once)'
              : ''
          }`,
      )
      .join(', ')}`,
    `Load average (1/5/15 min) when measuring started: ${rows
      .map(r => `${r.size} ${r.db} ${r.loadAverage.join('/')}`)
      .join(', ')} (the machine is shared: figures under load are higher)`,
    ...rows
      .flatMap(r => [...r.ours.notes, ...(r.theirs?.notes ?? [])])
      .map(n => `Note: ${n}`),
    '',
    'Targets (issue 19):',
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
