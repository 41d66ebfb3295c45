/* eslint-disable no-console */
// Sweep benchmark, in-process: where a first full sweep's time goes once the catalog has been read — evaluating,
// writing the results, the roll-ups, the campaign members — and what an unchanged re-sweep costs, on SQLite and
// PostgreSQL, with the SQL statements that took longest. The catalog is a stub over the generated portfolio (the
// compare bench measures sweeps through the real catalog). Run: ./run bench:sweep  (see bench/README.md)
import { LoggerService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import knexFactory, { Knex } from 'knex';
import { DateTime } from 'luxon';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readCampaigns } from '../../plugins/smo-backend/src/campaigns/campaignsConfig';
import { CatalogReader } from '../../plugins/smo-backend/src/catalog/CatalogReader';
import { entityKey } from '../../plugins/smo-backend/src/catalog/refs';
import { readReadinessConfig } from '../../plugins/smo-backend/src/config';
import { buildCheckPlan } from '../../plugins/smo-backend/src/engine/plan';
import { DefaultReadinessService } from '../../plugins/smo-backend/src/service/DefaultReadinessService';
import { CampaignStore } from '../../plugins/smo-backend/src/store/CampaignStore';
import { migrationsDir } from '../../plugins/smo-backend/src/store/migrations';
import { ReadinessStore } from '../../plugins/smo-backend/src/store/ReadinessStore';
import { RollupStore } from '../../plugins/smo-backend/src/store/RollupStore';
import { StandardStore } from '../../plugins/smo-backend/src/store/StandardStore';
import { generateCatalog } from '../lib/generateCatalog';
import { markdownTable } from '../lib/markdownTable';

const sizes = (process.env.SMO_BENCH_SIZES ?? '10000').split(',').map(Number);
/** As the compare bench finds it: SMO_BENCH_PG_URL, else a PostgreSQL of the test databases' environment. */
const pgUrl =
  process.env.SMO_BENCH_PG_URL ??
  Object.entries(process.env).find(([k]) =>
    /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(k),
  )?.[1];
const databases = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
const RESULTS = join(__dirname, '../results/sweep');
const PAGE = 1000;
const quiet: LoggerService = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => quiet,
};

/** The demo's TechDocs campaign over every production component: the sweep then writes campaign members too. */
const config = new ConfigReader({
  smo: {
    improvement: {
      campaigns: [
        {
          id: 'techdocs-production',
          title: 'TechDocs for production services',
          owner: 'group:default/smo',
          target: { checks: ['docs.techdocs'] },
          scope: { lifecycles: ['production'] },
          start: DateTime.utc().minus({ months: 1 }).toISODate(),
          deadline: DateTime.utc().plus({ months: 2 }).toISODate(),
        },
      ],
    },
  },
});

/** Milliseconds spent in each wrapped method, summed. */
class Stopwatch {
  readonly spent = new Map<string, number>();

  /** Wraps `target[method]` (sync or async) so its time adds to `label`. */
  wrap(target: any, method: string, label: string) {
    const original = target[method];
    const spent = this.spent;
    target[method] = function timed(this: unknown, ...args: unknown[]) {
      const start = performance.now();
      const add = () =>
        spent.set(label, (spent.get(label) ?? 0) + performance.now() - start);
      const value = original.apply(this, args);
      if (value instanceof Promise) return value.finally(add);
      add();
      return value;
    };
  }

  seconds(label: string) {
    return ((this.spent.get(label) ?? 0) / 1000).toFixed(2);
  }
}

/** Time per SQL statement shape (bindings folded), from knex's query events. */
function statementTimes(db: Knex) {
  const started = new Map<string, number>();
  const spent = new Map<string, { count: number; ms: number }>();
  db.on('query', (q: any) => started.set(q.__knexQueryUid, performance.now()));
  db.on('query-response', (_: unknown, q: any) => {
    const ms = performance.now() - (started.get(q.__knexQueryUid) ?? 0);
    started.delete(q.__knexQueryUid);
    const shape = String(q.sql)
      .replace(/\$\d+/g, '?')
      .replace(/\((\?,? ?)+\)/g, '(…)')
      .replace(/((, )?\(…\))+/g, ' (…)')
      .replace(/(union all )?select (\? as [`"]\w+[`"],? ?)+/g, '')
      .slice(0, 90);
    const entry = spent.get(shape) ?? { count: 0, ms: 0 };
    entry.count += 1;
    entry.ms += ms;
    spent.set(shape, entry);
  });
  return spent;
}

async function openDatabase(kind: string, size: number): Promise<Knex> {
  if (kind === 'sqlite') {
    mkdirSync(RESULTS, { recursive: true });
    const filename = join(RESULTS, `smo-${size}.sqlite`);
    rmSync(filename, { force: true });
    return knexFactory({
      client: 'better-sqlite3',
      connection: { filename },
      useNullAsDefault: true,
    });
  }
  const admin = knexFactory({ client: 'pg', connection: pgUrl });
  const name = `smo_sweep_bench_${size}`;
  await admin.raw(`DROP DATABASE IF EXISTS ${name}`);
  await admin.raw(`CREATE DATABASE ${name}`);
  await admin.destroy();
  return knexFactory({ client: 'pg', connection: `${pgUrl}/${name}` });
}

async function measure(kind: string, size: number) {
  const db = await openDatabase(kind, size);
  await db.migrate.latest({ directory: migrationsDir });
  const { components, related } = generateCatalog(size);
  // The reader's catalog side, stubbed: pages of the generated components, etags that never change.
  const reader = Object.assign(Object.create(CatalogReader.prototype), {
    scoredKinds: () => undefined,
    relatedKinds: () => [],
    stamps: async () => ({
      scored: components.map(e => `${entityKey(e)} 1`),
      related: related.map(e => `${entityKey(e)} 1`),
    }),
    async *scoredPages() {
      for (let i = 0; i < components.length; i += PAGE) {
        yield components.slice(i, i + PAGE);
      }
    },
    readRelated: async () => related,
  });
  const store = ReadinessStore.create(db);
  const rollups = RollupStore.create(db);
  const campaignMembers = CampaignStore.create(db);
  const watch = new Stopwatch();
  watch.wrap(store, 'saveBatch', 'write results');
  watch.wrap(rollups, 'replaceAll', 'write roll-ups');
  watch.wrap(campaignMembers, 'replaceAll', 'write campaign members');
  const service = DefaultReadinessService.create({
    reader,
    store,
    rollups,
    standards: StandardStore.create(db),
    campaignMembers,
    campaigns: readCampaigns(config),
    checks: buildCheckPlan(readReadinessConfig(config), []),
    factProviders: [],
    evidence: {
      load: async () => ({ attestations: new Map(), waivers: new Map() }),
    },
    logger: quiet,
  });
  // Private stages, wrapped on this instance only: a bench may look inside.
  watch.wrap(service, 'evaluateBatch', 'evaluate (engine, fingerprints)');
  watch.wrap(service, 'rollUp', 'roll-ups (compute and write)');
  const statements = statementTimes(db);

  const full = await service.sweep();
  const sql = [...statements.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 6);
  const again = await service.sweep();
  await db.destroy();
  return { full, again, watch, sql };
}

async function main() {
  const rows: string[][] = [];
  const sqlRows: string[][] = [];
  for (const size of sizes) {
    for (const kind of databases) {
      const { full, again, watch, sql } = await measure(kind, size);
      rows.push([
        String(size),
        kind,
        `${(full.durationMs / 1000).toFixed(2)} s`,
        watch.seconds('evaluate (engine, fingerprints)'),
        watch.seconds('write results'),
        watch.seconds('roll-ups (compute and write)'),
        watch.seconds('write campaign members'),
        `${again.durationMs} ms (${again.evaluated} evaluated)`,
      ]);
      for (const [shape, { count, ms }] of sql) {
        sqlRows.push([
          `${size} ${kind}`,
          `${(ms / 1000).toFixed(2)} s`,
          String(count),
          shape,
        ]);
      }
      console.log(`${size} ${kind}: full sweep ${full.durationMs} ms`);
    }
  }
  console.log(
    `\n${markdownTable(
      [
        'components',
        'database',
        'first full sweep',
        'evaluate s',
        'write results s',
        'roll-ups s',
        'campaign members s',
        'unchanged re-sweep',
      ],
      rows,
    )}`,
  );
  console.log(
    `\nSlowest statements of each first full sweep:\n${markdownTable(
      ['run', 'time', 'statements', 'statement'],
      sqlRows,
    )}`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
