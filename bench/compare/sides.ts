// The two backends of the compare bench — ours (the demo backend) and Tech Insights (bench/techinsights-backend) —
// as bench/compare/run.ts and bench/compare/verifySeed.ts start, load and drive them.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import knexFactory, { Knex } from 'knex';
import { createReadinessEngine } from '@smo-backstage/plugin-smo-backend/alpha';
import { Backend } from './backend';
import { json, request } from './http';
import type { ProcessorSpec, SeedResult } from './seedCatalog';

export const ROOT = resolve(__dirname, '../..');
export const RESULTS = join(ROOT, 'bench/results');
export const TI_DIR = join(ROOT, 'bench/techinsights-backend');
const OURS_DIR = join(ROOT, 'packages/backend');

const env = process.env;
export const knobs = {
  oursPort: Number(env.SMO_BENCH_OURS_PORT ?? 7117),
  theirsPort: Number(env.SMO_BENCH_THEIRS_PORT ?? 7118),
  allChecks: env.SMO_BENCH_CHECKS === 'all',
  cpuProf: env.SMO_BENCH_CPU_PROF === '1',
  pgUrl:
    env.SMO_BENCH_PG_URL ??
    env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
    Object.entries(env).find(([k]) =>
      /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(k),
    )?.[1],
};
export const TOKEN = randomBytes(24).toString('hex');

export type Side = 'ours' | 'theirs';
export type Db = 'sqlite' | 'postgres';

/** Where one catalog's run lives: `<dir>/db-<side>/` (SQLite files), logs and overlays in `<dir>`. */
export interface Layout {
  dir: string;
  catalogFile: string;
}

export const log = (msg: string) =>
  // eslint-disable-next-line no-console
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** The six checks compared; every other built-in check is switched off in ours unless SMO_BENCH_CHECKS=all. */
export const COMPARED = [
  'ops.owner',
  'ops.on-call',
  'ops.runbook',
  'docs.techdocs',
  'ops.monitoring',
  'sla.in-force',
];
export const TI_CHECKS = [
  'ownerResolves',
  'onCall',
  'runbook',
  'techdocs',
  'monitoring',
  'slaInForce',
];
export const TI_RETRIEVERS = [
  'entityOwnershipFactRetriever',
  'entityMetadataFactRetriever',
  'techdocsFactRetriever',
  'smoBenchFactRetriever',
];
/** Checks the demo backend's example module (packages/backend/src/modules/openIncidentChecks.ts) contributes. */
const DEMO_MODULE_CHECKS = ['northwind.no-major-incident'];

/** The entity counts of the generated catalog of `size` components (bench/lib/generateCatalog.ts). */
export function expectedCounts(size: number): Record<string, number> {
  return {
    Component: size,
    Group: 200,
    System: Math.max(20, size / 50),
    User: Math.max(50, size / 20),
  };
}

// ---------------------------------------------------------------- PostgreSQL

export const PG_DBS: Record<Side, string> = {
  ours: 'smo_bench_ours',
  theirs: 'smo_bench_techinsights',
};

export function pgConnection(database: string) {
  const url = new URL(knobs.pgUrl!);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || 'postgres'),
    password: decodeURIComponent(url.password || ''),
    database,
  };
}

export async function withPgAdmin<T>(fn: (db: Knex) => Promise<T>): Promise<T> {
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

export async function dropPgDatabases(recreate: boolean) {
  await withPgAdmin(async db => {
    for (const name of Object.values(PG_DBS)) {
      await db.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      if (recreate) await db.raw(`CREATE DATABASE ${name}`);
    }
  });
}

// ---------------------------------------------------------------- configuration

/** How each side is started: its package, its config files and the processors its catalog modules add. */
const SIDES: Record<
  Side,
  {
    name: string;
    cwd: string;
    pluginId: string;
    baseConfigs: string[];
    catalogProcessors: ProcessorSpec[];
  }
> = {
  ours: {
    name: 'ours',
    cwd: OURS_DIR,
    pluginId: 'smo',
    baseConfigs: [
      join(ROOT, 'app-config.yaml'),
      join(ROOT, 'bench/compare/ours.app-config.yaml'),
    ],
    // packages/backend/src/index.ts: catalog-backend-module-smo (the other catalog module, -logs, adds none).
    catalogProcessors: [
      {
        module: '@smo-backstage/plugin-catalog-backend-module-smo',
        export: 'SmoEntitiesProcessor',
      },
    ],
  },
  theirs: {
    name: 'tech-insights',
    cwd: TI_DIR,
    pluginId: 'tech-insights',
    baseConfigs: [join(TI_DIR, 'app-config.yaml')],
    // src/smoKindsModule.js.
    catalogProcessors: [
      {
        module: './src/acceptSmoKindsProcessor.js',
        export: 'AcceptSmoKindsProcessor',
      },
    ],
  },
};

function sideConfig(side: Side, startupSweep: boolean): object {
  if (side === 'theirs') return {};
  const disabled = knobs.allChecks
    ? []
    : [
        ...createReadinessEngine({ related: [] }).checkIds.filter(
          id => !COMPARED.includes(id),
        ),
        ...DEMO_MODULE_CHECKS,
      ];
  return {
    smo: {
      readiness: {
        // Only when triggered (ours.app-config.yaml); with a startup sweep also once right after start.
        ...(startupSweep ? { schedule: { initialDelay: { seconds: 1 } } } : {}),
        checks: Object.fromEntries(
          disabled.map(id => [id, { enabled: false }]),
        ),
      },
    },
  };
}

/**
 * Writes the side's overlay for `db` (database selection, check selection) and returns every config file the
 * backend is started with, in order.
 */
function configFiles(
  side: Side,
  layout: Layout,
  db: Db,
  startupSweep = false,
): string[] {
  const s = SIDES[side];
  const overlay = join(layout.dir, `${side}-${db}.yaml`);
  const config = {
    backend: {
      database: {
        client: 'better-sqlite3',
        connection: { directory: join(layout.dir, `db-${side}`) },
        ...(db === 'postgres'
          ? {
              plugin: {
                [s.pluginId]: {
                  client: 'pg',
                  connection: pgConnection(PG_DBS[side]),
                  // The bench creates the database: with a SQLite base config, backend-defaults would
                  // try to check for it through the SQLite admin connection.
                  ensureExists: false,
                },
              },
            }
          : {}),
      },
    },
    // A seeded catalog has nothing orphaned either; this only makes sure nothing is deleted while measuring.
    catalog: { orphanStrategy: 'keep' },
    ...sideConfig(side, startupSweep),
  };
  mkdirSync(join(layout.dir, `db-${side}`), { recursive: true });
  // JSON is YAML.
  writeFileSync(overlay, JSON.stringify(config, null, 2));
  return [...s.baseConfigs, overlay];
}

function backendEnv(side: Side, layout: Layout): Record<string, string> {
  return {
    NODE_ENV: 'production',
    BENCH_PORT: String(side === 'ours' ? knobs.oursPort : knobs.theirsPort),
    BENCH_TOKEN: TOKEN,
    BENCH_CATALOG_FILE: layout.catalogFile,
  };
}

/**
 * Starts the side's backend on the catalog in `layout` with its plugin's database on `db`; ours with one sweep right
 * after start when `startupSweep` (Tech Insights always runs its retrievers at start).
 */
/**
 * Ours is the demo backend, packages/backend/src/index.ts, without three features that are not part of what is measured
 * and disturb it:
 * - the demo-only demoHistory module writes a synthetic past (five earlier versions of every result and roll-up)
 *   every 20 s until there is one — so again after each of the bench's full sweeps — and reads every roll-up
 *   meanwhile;
 * - the app backend serves the built frontend (packages/app/dist) and fails the start when that is being rebuilt;
 * - the demo-only demoIncidents module gives the service levels a year of incidents: their refresh every two minutes
 *   would change the facts a sweep fingerprints, so no re-sweep would be unchanged.
 * Generated for each start as bench/results/ours-backend.ts with absolute imports (so that it follows index.ts); run
 * with packages/backend as the working directory, as before.
 */
const LEFT_OUT = [
  './modules/demoHistory',
  '@backstage/plugin-app-backend',
  './modules/demoIncidents',
];

function oursEntry(): string {
  const index = join(OURS_DIR, 'src/index.ts');
  const fromBackend = createRequire(join(OURS_DIR, 'package.json'));
  const lines = readFileSync(index, 'utf8').split('\n');
  const dropped = lines.flatMap((line, i) =>
    LEFT_OUT.some(m => line.includes(`import('${m}')`)) ? [i] : [],
  );
  if (dropped.length !== LEFT_OUT.length) {
    throw new Error(
      `packages/backend/src/index.ts no longer adds ${LEFT_OUT.join(
        ', ',
      )} as the bench expects (bench/compare/sides.ts)`,
    );
  }
  // With the comment lines right above each.
  const drop = new Set<number>();
  for (const i of dropped) {
    drop.add(i);
    for (let j = i - 1; j >= 0 && lines[j].trim().startsWith('//'); j--) {
      drop.add(j);
    }
  }
  const sourceFile = (base: string) =>
    ['.ts', '.tsx', '/index.ts'].map(ext => base + ext).find(existsSync) ??
    base;
  const absolute = (spec: string) =>
    JSON.stringify(
      spec.startsWith('.')
        ? sourceFile(join(OURS_DIR, 'src', spec))
        : fromBackend.resolve(spec),
    );
  const code = lines
    .filter((_, i) => !drop.has(i))
    .join('\n')
    .replace(/import\('([^']+)'\)/g, (_, spec) => `import(${absolute(spec)})`)
    .replace(/ from '([^']+)';/g, (_, spec) => ` from ${absolute(spec)};`);
  const file = join(RESULTS, 'ours-backend.ts');
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    file,
    `// Generated by bench/compare/sides.ts from packages/backend/src/index.ts, without ${LEFT_OUT.join(
      ', ',
    )}.\n${code}`,
  );
  return file;
}

export function startSide(
  side: Side,
  layout: Layout,
  db: Db,
  options: { startupSweep: boolean },
): Backend {
  const s = SIDES[side];
  const configs = configFiles(side, layout, db, options.startupSweep).flatMap(
    f => ['--config', f],
  );
  const args =
    side === 'ours'
      ? [
          ...(knobs.cpuProf
            ? ['--cpu-prof', `--cpu-prof-dir=${join(RESULTS, 'prof')}`]
            : []),
          '--require',
          require.resolve('@backstage/cli/config/nodeTransform.cjs'),
          oursEntry(),
          ...configs,
        ]
      : ['src/index.js', ...configs];
  const port = side === 'ours' ? knobs.oursPort : knobs.theirsPort;
  const backend = new Backend(s.name, `http://127.0.0.1:${port}`, {
    cwd: s.cwd,
    args,
    env: backendEnv(side, layout),
    logFile: join(layout.dir, `${side}-${db}.log`),
  });
  backend.start();
  return backend;
}

// ---------------------------------------------------------------- catalog load

/**
 * Seeds the side's catalog database (`<layout.dir>/db-<side>/catalog.sqlite`) from the generated catalog file in a
 * child process (bench/compare/seedCatalog.ts), as the side's catalog would store it after ingesting the file.
 */
export function seedSide(side: Side, layout: Layout): Promise<SeedResult> {
  const s = SIDES[side];
  const options = {
    backendDir: s.cwd,
    configFiles: configFiles(side, layout, 'sqlite'),
    env: backendEnv(side, layout),
    moduleProcessors: s.catalogProcessors,
    dbFile: join(layout.dir, `db-${side}`, 'catalog.sqlite'),
  };
  return new Promise((resolvePromise, reject) => {
    const child = execFile(
      process.execPath,
      [
        '--max-old-space-size=8192',
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        join(__dirname, 'seedCatalog.ts'),
        JSON.stringify(options),
      ],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        if (error) {
          reject(new Error(`seeding ${s.name}'s catalog failed: ${error}`));
          return;
        }
        resolvePromise(JSON.parse(stdout.trim().split('\n').pop()!));
      },
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        log(`${s.name}: seeding: ${line}`);
      }
    });
  });
}

// ---------------------------------------------------------------- driving a backend

export async function waitReady(backend: Backend) {
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

export async function count(backend: Backend, kind?: string): Promise<number> {
  const filter = kind ? `&filter=kind=${kind}` : '';
  const page = await json<{ totalItems: number }>(
    `${backend.baseUrl}/api/catalog/entities/by-query?limit=1${filter}`,
    TOKEN,
  );
  return page.totalItems;
}

async function counts(backend: Backend, expected: Record<string, number>) {
  const found: Record<string, number> = {};
  for (const kind of Object.keys(expected)) {
    found[kind] = await count(backend, kind.toLowerCase());
  }
  return found;
}

/** A seeded catalog is complete from the start: every expected entity is there, or the load failed. */
export async function checkLoaded(
  backend: Backend,
  expected: Record<string, number>,
): Promise<number> {
  const found = await counts(backend, expected);
  const missing = Object.keys(expected).filter(k => found[k] < expected[k]);
  if (missing.length > 0) {
    throw new Error(
      `${backend.name}: the seeded catalog has ${JSON.stringify(
        found,
      )}, expected ${JSON.stringify(expected)}`,
    );
  }
  const total = await count(backend);
  log(
    `${backend.name}: catalog loaded, ${found.Component} components, ${total} entities`,
  );
  return total;
}

/** Polls entity counts until the expected kinds are all in and the total is stable for 9 s. */
export async function waitForIngestion(
  backends: Backend[],
  expected: Record<string, number>,
  timeoutS: number,
) {
  const started = Date.now();
  const deadline = started + timeoutS * 1000;
  const done = new Set<Backend>();
  const last = new Map<Backend, { total: number; stable: number }>();
  let lastReport = 0;
  while (done.size < backends.length) {
    if (Date.now() > deadline) throw new Error('catalog ingestion timed out');
    for (const b of backends) {
      if (done.has(b)) continue;
      const found = await counts(b, expected);
      const total = await count(b);
      const complete = Object.keys(found).every(k => found[k] >= expected[k]);
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
          `${b.name}: ingesting… ${found.Component}/${expected.Component} components, ${total} entities`,
        );
      }
    }
    await sleep(3000);
  }
}

// ---------------------------------------------------------------- ours: sweeps

/**
 * The sweep's log line, `SMO readiness sweep: N evaluated, N changed, N removed, N roll-ups changed in N ms`, read
 * tolerantly: a sweep that skips evaluating may say 0 evaluated or word it otherwise ("unchanged"), and may add more
 * after the duration.
 */
export const SWEEP_LINE = /^SMO readiness sweep:.*\bin (\d+) ?ms\b/;

export function parseSweep(message: string) {
  const num = (re: RegExp) => Number(re.exec(message)?.[1] ?? 0);
  return {
    evaluated: num(/(\d+) evaluated/),
    changed: num(/(\d+) changed/),
    ms: num(/\bin (\d+) ?ms\b/),
    /** A full sweep's time per phase: `inputs … ms, catalog … ms, facts …, evaluate …, write …, roll-ups … ms`. */
    phases: /\((inputs \d+ ms[^)]*)\)/.exec(message)?.[1],
  };
}

/** Triggers a sweep through the scheduler endpoint; its figures from its log line. */
export async function sweep(ours: Backend) {
  const done = ours.waitForLog(SWEEP_LINE, 20 * 60_000);
  await json(
    `${ours.baseUrl}/api/smo/.backstage/scheduler/v1/tasks/smo-readiness-sweep/trigger`,
    TOKEN,
    { method: 'POST' },
  );
  return parseSweep((await done).message);
}

/** Our plugin's database (SQLite file of the layout, or the bench's PostgreSQL database). */
export function oursDb(layout: Layout, db: Db): Knex {
  return db === 'sqlite'
    ? knexFactory({
        client: 'better-sqlite3',
        connection: { filename: join(layout.dir, 'db-ours', 'smo.sqlite') },
        useNullAsDefault: true,
      })
    : knexFactory({ client: 'pg', connection: pgConnection(PG_DBS.ours) });
}
