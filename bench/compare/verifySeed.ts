/* eslint-disable no-console */
// `./run bench verify-seed [N]`: checks the seeded catalog load (bench/compare/seedCatalog.ts) against the catalog's
// own ingestion, for both backends, at N components (default 1,000):
//   1. seeds one copy of each backend's catalog, lets each backend ingest the same file into another copy the normal
//      way (file location, processing loop, stitching) and waits until that has settled;
//   2. compares the catalog tables row by row — refresh_state (unprocessed and processed entities, hashes, errors,
//      cache, location keys), final entities, search rows, relations, references and refresh keys — ignoring only
//      what is random or a timestamp (entity ids, hence metadata.uid and metadata.etag, and the times);
//   3. sweeps ours on each copy and compares every component's readiness (score, verdict, tier, blockers), and runs
//      Tech Insights' retrievers and its six checks for every component on each copy and compares the results.
// Exits with 1 on any difference. Also prints how long the normal ingestion took (the catalog's processing rate).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import knexFactory, { Knex } from 'knex';
import { Backend, stopAll } from './backend';
import { writeCatalogFile } from './catalogFile';
import { json } from './http';
import {
  expectedCounts,
  Layout,
  log,
  RESULTS,
  seedSide,
  Side,
  sleep,
  startSide,
  sweep,
  TI_CHECKS,
  TI_RETRIEVERS,
  TOKEN,
  waitForIngestion,
  waitReady,
  SWEEP_LINE,
} from './sides';

const stable = require('fast-json-stable-stringify') as (v: unknown) => string;

/** Waits until the catalog's processing and stitching have nothing left to do. */
async function waitSettled(file: string, timeoutS: number) {
  const deadline = Date.now() + timeoutS * 1000;
  const db = catalogDb(file);
  try {
    let quiet = 0;
    while (Date.now() < deadline) {
      const [{ pending }] = await db('refresh_state')
        .whereNull('result_hash')
        .count({ pending: '*' });
      const [{ queued }] = await db('stitch_queue').count({ queued: '*' });
      quiet = Number(pending) === 0 && Number(queued) === 0 ? quiet + 1 : 0;
      if (quiet >= 3) return;
      await sleep(2000);
    }
    throw new Error(`${file}: processing did not settle`);
  } finally {
    await db.destroy();
  }
}

function catalogDb(file: string): Knex {
  return knexFactory({
    client: 'better-sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
  });
}

type Rows = Map<string, string>;

/** Every catalog table as comparable strings, keyed so that ingested and seeded rows meet. */
export async function catalogTables(
  file: string,
): Promise<Record<string, Rows>> {
  const db = catalogDb(file);
  try {
    const states = await db('refresh_state').select();
    const refOf = new Map<string, string>(
      states.map(s => [s.entity_id, s.entity_ref]),
    );
    const withoutIds = (json_: string | null, etag: boolean) => {
      if (!json_) return json_;
      const entity = JSON.parse(json_);
      delete entity.metadata.uid;
      if (etag) delete entity.metadata.etag;
      return stable(entity);
    };
    const tables: Record<string, Rows> = {};
    const multiset = (name: string, keys: string[]) => {
      const rows: Rows = new Map();
      for (const k of keys) rows.set(k, String(Number(rows.get(k) ?? 0) + 1));
      tables[name] = rows;
    };
    tables.refresh_state = new Map(
      states.map(s => [
        s.entity_ref,
        stable({
          unprocessed_entity: s.unprocessed_entity,
          unprocessed_hash: s.unprocessed_hash,
          processed_entity: withoutIds(s.processed_entity, false),
          result_hash: s.result_hash,
          errors: s.errors,
          cache: s.cache,
          location_key: s.location_key,
        }),
      ]),
    );
    const finals = new Map<string, string>(
      (await db('final_entities').select()).map(f => [
        f.entity_ref,
        f.final_entity,
      ]),
    );
    tables.final_entities = new Map(
      [...finals].map(([ref, f]) => [ref, withoutIds(f, true)!]),
    );
    // Search rows of metadata.uid and metadata.etag hold the entity's id and etag: compared as "the entity's own".
    const etagOf = new Map<string, string>();
    for (const [ref, f] of finals) etagOf.set(ref, JSON.parse(f).metadata.etag);
    const own = (r: Record<string, string>, ref: string | undefined) => {
      const expected =
        r.key === 'metadata.uid'
          ? r.entity_id
          : r.key === 'metadata.etag'
          ? etagOf.get(ref!)
          : undefined;
      return expected !== undefined &&
        r.value === expected.toLocaleLowerCase('en-US') &&
        r.original_value === expected
        ? ['(own)', '(own)']
        : [r.value, r.original_value];
    };
    multiset(
      'search',
      (await db('search').select()).map(r => {
        const ref = refOf.get(r.entity_id);
        return stable([ref, r.key, ...own(r, ref)]);
      }),
    );
    multiset(
      'relations',
      (await db('relations').select()).map(r =>
        stable([
          refOf.get(r.originating_entity_id),
          r.source_entity_ref,
          r.type,
          r.target_entity_ref,
        ]),
      ),
    );
    multiset(
      'refresh_state_references',
      (await db('refresh_state_references').select()).map(r =>
        stable([r.source_key, r.source_entity_ref, r.target_entity_ref]),
      ),
    );
    multiset(
      'refresh_keys',
      (await db('refresh_keys').select()).map(r =>
        stable([refOf.get(r.entity_id), r.key]),
      ),
    );
    multiset(
      'stitch_queue',
      (await db('stitch_queue').select()).map(r => r.entity_ref),
    );
    return tables;
  } finally {
    await db.destroy();
  }
}

/** Differences between two keyed row sets: counts and the first few examples. */
export function compare(name: string, ingested: Rows, seeded: Rows): string[] {
  const problems: string[] = [];
  let differing = 0;
  const examples: string[] = [];
  for (const key of new Set([...ingested.keys(), ...seeded.keys()])) {
    const a = ingested.get(key);
    const b = seeded.get(key);
    if (a === b) continue;
    differing++;
    if (examples.length < 3) {
      examples.push(
        `    ${key.slice(0, 200)}\n      ingested: ${String(a).slice(
          0,
          400,
        )}\n      seeded:   ${String(b).slice(0, 400)}`,
      );
    }
  }
  const total = (rows: Rows) =>
    [...rows.values()].reduce(
      (n, v) => n + (/^\d+$/.test(v) ? Number(v) : 1),
      0,
    );
  const line = `${name}: ${total(ingested)} rows ingested, ${total(
    seeded,
  )} seeded`;
  if (differing > 0) {
    problems.push(`${line}, ${differing} keys differ:\n${examples.join('\n')}`);
  }
  console.log(`  ${differing === 0 ? 'same' : 'DIFF'} ${line}`);
  return problems;
}

/** Every component's readiness as the portfolio list shows it. */
async function readinessOf(ours: Backend): Promise<Rows> {
  const rows: Rows = new Map();
  for (let offset = 0; ; offset += 500) {
    const page = await json<{
      totalCount: number;
      items: {
        entityRef: string;
        score: number;
        verdict: string;
        tier: string;
        blockers: string[];
        offerings: string[];
      }[];
    }>(
      `${ours.baseUrl}/api/smo/readiness?sort=entityRef&limit=500&offset=${offset}`,
      TOKEN,
    );
    for (const r of page.items) {
      rows.set(
        r.entityRef,
        stable([r.score, r.verdict, r.tier, r.blockers, r.offerings]),
      );
    }
    if (page.items.length < 500) return rows;
  }
}

/** Tech Insights: every component's six check results after its retrievers ran. */
async function checksOf(theirs: Backend, size: number): Promise<Rows> {
  const stored = TI_RETRIEVERS.map(id =>
    theirs.waitForLog(
      new RegExp(`^Stored \\d+ facts for fact retriever ${id}\\b`),
      10 * 60_000,
    ),
  );
  for (const id of TI_RETRIEVERS) {
    await json(
      `${theirs.baseUrl}/api/tech-insights/.backstage/scheduler/v1/tasks/${id}/trigger`,
      TOKEN,
      { method: 'POST' },
    );
  }
  await Promise.all(stored);
  const rows: Rows = new Map();
  for (let i = 0; i < size; i += 2000) {
    const entities = Array.from(
      { length: Math.min(2000, size - i) },
      (_, j) => `component:default/component-${i + j}`,
    );
    const batch = await json<
      {
        entity: string;
        results: { check: { id: string }; result: boolean }[];
      }[]
    >(`${theirs.baseUrl}/api/tech-insights/checks/run`, TOKEN, {
      method: 'POST',
      body: { checks: TI_CHECKS, entities },
    });
    for (const e of batch) {
      rows.set(
        e.entity,
        stable(e.results.map(r => [r.check.id, r.result]).sort()),
      );
    }
  }
  return rows;
}

/** Starts the side on the layout's catalog (already loaded), waits for its first evaluation, returns its results. */
async function resultsOn(
  side: Side,
  layout: Layout,
  size: number,
  ingest: boolean,
): Promise<{ results: Rows; ingestS?: number }> {
  const started = Date.now();
  const backend = startSide(side, layout, 'sqlite', { startupSweep: true });
  try {
    await waitReady(backend);
    let ingestS: number | undefined;
    if (ingest) {
      await waitForIngestion([backend], expectedCounts(size), 3600);
      await waitSettled(join(layout.dir, `db-${side}`, 'catalog.sqlite'), 600);
      ingestS = (Date.now() - started) / 1000;
    }
    if (side === 'ours') {
      await backend.waitForLog(SWEEP_LINE, 20 * 60_000, 0);
      const s = await sweep(backend);
      log(`ours: sweep ${s.evaluated} evaluated, ${s.changed} changed`);
      return { results: await readinessOf(backend), ingestS };
    }
    // Its retrievers run once at start-up; let that pass before triggering them.
    await Promise.all(
      TI_RETRIEVERS.map(id =>
        backend.waitForLog(
          new RegExp(`^Stored \\d+ facts for fact retriever ${id}\\b`),
          20 * 60_000,
          0,
        ),
      ),
    );
    return { results: await checksOf(backend, size), ingestS };
  } finally {
    await backend.stop();
  }
}

export async function verifySeed(size: number): Promise<boolean> {
  const base = join(RESULTS, `verify-${size}`);
  rmSync(base, { recursive: true, force: true });
  const catalogFile = join(RESULTS, `catalog-${size}.yaml`);
  const { total } = writeCatalogFile(size, catalogFile);
  log(`verify-seed: catalog of ${size} components, ${total} entities`);
  const ingested: Layout = { dir: join(base, 'ingested'), catalogFile };
  const seeded: Layout = { dir: join(base, 'seeded'), catalogFile };
  mkdirSync(ingested.dir, { recursive: true });
  mkdirSync(seeded.dir, { recursive: true });
  const problems: string[] = [];
  try {
    for (const side of ['ours', 'theirs'] as const) {
      const seed = await seedSide(side, seeded);
      log(
        `${side}: seeded ${seed.entities} entities (${
          seed.rejected
        } rejected) in ${(seed.ms / 1000).toFixed(1)} s`,
      );
      const normal = await resultsOn(side, ingested, size, true);
      log(
        `${side}: ingested by the catalog itself in ${normal.ingestS!.toFixed(
          0,
        )} s (${total} entities: ${(total / normal.ingestS!).toFixed(
          0,
        )} entities/s)`,
      );
      const fast = await resultsOn(side, seeded, size, false);
      console.log(`\n${side}: catalog tables, ingested vs seeded`);
      const a = await catalogTables(
        join(ingested.dir, `db-${side}`, 'catalog.sqlite'),
      );
      const b = await catalogTables(
        join(seeded.dir, `db-${side}`, 'catalog.sqlite'),
      );
      for (const name of Object.keys(a)) {
        problems.push(...compare(`${side} ${name}`, a[name], b[name]));
      }
      console.log(`${side}: results on the two catalogs`);
      problems.push(
        ...compare(
          side === 'ours'
            ? 'ours readiness (score, verdict, tier, blockers, offerings)'
            : 'Tech Insights check results',
          normal.results,
          fast.results,
        ),
      );
      if (side === 'ours') {
        const verdicts = (rows: Rows) => {
          const byVerdict: Record<string, number> = {};
          for (const v of rows.values()) {
            const verdict = JSON.parse(v)[1];
            byVerdict[verdict] = (byVerdict[verdict] ?? 0) + 1;
          }
          return JSON.stringify(byVerdict);
        };
        console.log(
          `  verdicts ingested ${verdicts(normal.results)}, seeded ${verdicts(
            fast.results,
          )}`,
        );
      }
      console.log('');
    }
  } finally {
    await stopAll();
  }
  if (problems.length > 0) {
    console.log(`Seeded and ingested catalogs differ:\n${problems.join('\n')}`);
    return false;
  }
  console.log(
    `The seeded catalogs are the ingested ones (ids and times aside), and so are the results on them.`,
  );
  return true;
}
