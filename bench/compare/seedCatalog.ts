/* eslint-disable @typescript-eslint/no-require-imports */
// Fast catalog load for the compare bench: writes a backend's catalog database as the catalog itself leaves it
// after ingesting the generated catalog file, in a few minutes for 100k components (the catalog's processing loop
// needs hours for that on 2 cores: every entity is processed, written and stitched one at a time).
//
// Faithful by construction, the database aside: the catalog's own code decides every row —
//   - the Location entity comes from its ConfigLocationEntityProvider, for the config the backend starts with;
//   - every entity goes through its DefaultCatalogProcessingOrchestrator with the processors the backend has
//     (the catalog's built-in and default ones, sorted as the catalog sorts them, plus the backend's catalog module
//     processors, e.g. our SmoEntitiesProcessor), its entity policies and its catalog rules;
//   - results, hashes, relations and references are written as its processing engine and database layer write
//     them, entities are stitched as its performStitching does, search rows come from its buildEntitySearch.
// Those are internals of @backstage/plugin-catalog-backend (dist/**, not its public API): requiring them by
// absolute path is acceptable for a bench, not for product code. Each backend is seeded with the catalog package
// it has installed itself. `./run bench verify-seed` compares a seeded catalog with an ingested one.
//
// The seeded entities are due for processing again only in the far future (the catalog would reprocess them two
// hours after ingestion, longer than a bench run), so the backend starts on them without processing anything; the
// config location's full mutation at start-up finds its Location unchanged.
import { createHash, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import knexFactory from 'knex';

// No type declarations installed for better-sqlite3 (knex's SQLite driver here).
const Database = require('better-sqlite3');

/** A catalog processor class a backend's catalog module adds: the module (resolved from the backend) and export. */
export interface ProcessorSpec {
  module: string;
  export: string;
}

export interface SeedOptions {
  /** The backend's package directory: its @backstage/plugin-catalog-backend is the code that seeds. */
  backendDir: string;
  /** The config files the backend is started with, in order, and the values their `${…}` substitute. */
  configFiles: string[];
  env: Record<string, string>;
  /** What the backend's catalog modules add to the catalog's processors (constructed without arguments). */
  moduleProcessors: ProcessorSpec[];
  /** The catalog's SQLite file (`<directory>/catalog.sqlite`); replaced. */
  dbFile: string;
  log?: (message: string) => void;
}

export interface SeedResult {
  /** The version of @backstage/plugin-catalog-backend that seeded (the backend's own). */
  catalogVersion: string;
  /** Entities in the catalog (final entities). */
  entities: number;
  /** Entities the catalog's processing rejected (stored with their errors, not in the catalog). */
  rejected: number;
  processMs: number;
  writeMs: number;
  /** Wall time of the whole load. */
  ms: number;
}

/** Far enough that nothing is processed again during a bench run. */
const NEXT_UPDATE_AT = '2200-01-01 00:00:00';
const CONFIG_PROVIDER = 'ConfigLocationProvider';
// performStitching's scriptProtocolPattern.
const SCRIPT_PROTOCOL =
  // eslint-disable-next-line no-control-regex
  /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*\:/i;

/** The catalog package the backend in `backendDir` runs, and its internals. */
function catalogInternals(backendDir: string) {
  const fromBackend = createRequire(join(backendDir, 'package.json'));
  const main = fromBackend.resolve('@backstage/plugin-catalog-backend');
  const dist = dirname(main);
  const pkgDir = dirname(dist);
  const fromCatalog = createRequire(main);
  const internal = (file: string) => require(join(dist, file));
  return {
    version: require(join(pkgDir, 'package.json')).version as string,
    migrationsDir: join(pkgDir, 'migrations'),
    catalog: require(main),
    orchestrator: internal(
      'processing/DefaultCatalogProcessingOrchestrator.cjs.js',
    ),
    placeholder: internal('processors/PlaceholderProcessor.cjs.js'),
    rules: internal('ingestion/CatalogRules.cjs.js'),
    configProvider: internal('providers/ConfigLocationEntityProvider.cjs.js'),
    serviceUtil: internal('service/util.cjs.js'),
    parse: internal('util/parse.cjs.js'),
    dbUtil: internal('database/util.cjs.js'),
    buildEntitySearch: internal(
      'database/operations/stitcher/buildEntitySearch.cjs.js',
    ),
    searchUtil: internal('database/operations/stitcher/util.cjs.js'),
    model: fromCatalog('@backstage/catalog-model'),
    errors: fromCatalog('@backstage/errors'),
    integration: fromCatalog('@backstage/integration'),
    configLoader: fromBackend('@backstage/config-loader'),
    stableStringify: fromCatalog('fast-json-stable-stringify') as (
      v: unknown,
    ) => string,
  };
}

const quietLogger: any = {
  child: () => quietLogger,
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** No URL reads in a file-location catalog: the URL processors are there only so that the order is the catalog's. */
const noUrlReader = {
  async readUrl(url: string): Promise<never> {
    throw new Error(`the catalog seeder reads no URLs (${url})`);
  },
  async readTree(url: string): Promise<never> {
    throw new Error(`the catalog seeder reads no URLs (${url})`);
  },
  async search(url: string): Promise<never> {
    throw new Error(`the catalog seeder reads no URLs (${url})`);
  },
};

interface Processed {
  id: string;
  ref: string;
  unprocessed: string;
  unprocessedHash: string;
  /** JSON, with metadata.uid; undefined when rejected. */
  processed?: string;
  cache: string;
  errors: string;
  resultHash: string;
  locationKey?: string;
  refreshKeys: string[];
}

export async function seedCatalog(options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const c = catalogInternals(options.backendDir);
  const { stringifyEntityRef } = c.model;
  const stable = c.stableStringify;
  const stableArray = (items: unknown[]) =>
    `[${items.map(stable).sort().join(',')}]`;

  // The backend's configuration, as it reads it.
  const source = c.configLoader.ConfigSources.defaultForTargets({
    rootDir: options.backendDir,
    targets: options.configFiles.map(target => ({ type: 'path', target })),
    substitutionFunc: async (name: string) =>
      options.env[name] ?? process.env[name],
  });
  const config = await c.configLoader.ConfigSources.toConfig(source);
  config.close?.();

  // What CatalogBuilder.build() assembles (service/CatalogBuilder.cjs.js: buildEntityPolicy, buildProcessors).
  const integrations = c.integration.ScmIntegrations.fromConfig(config);
  const { catalog, placeholder } = c;
  const processors = c.serviceUtil.filterAndSortProcessors(
    [
      new placeholder.PlaceholderProcessor({
        resolvers: {
          json: placeholder.jsonPlaceholderResolver,
          yaml: placeholder.yamlPlaceholderResolver,
          text: placeholder.textPlaceholderResolver,
        },
        reader: noUrlReader,
        integrations,
      }),
      new catalog.BuiltinKindsEntityProcessor(),
      new catalog.FileReaderProcessor(),
      new catalog.UrlReaderProcessor({
        reader: noUrlReader,
        logger: quietLogger,
      }),
      new catalog.AnnotateLocationEntityProcessor({ integrations }),
      ...options.moduleProcessors.map(
        spec =>
          new (createRequire(join(options.backendDir, 'package.json'))(
            spec.module,
          )[spec.export])(),
      ),
    ],
    config,
  );
  const m = c.model;
  const policy = m.EntityPolicies.allOf([
    new m.SchemaValidEntityPolicy(),
    new m.DefaultNamespaceEntityPolicy(),
    new m.NoForeignRootFieldsEntityPolicy(),
    new m.FieldFormatEntityPolicy(m.makeValidator()),
  ]);
  const orchestrator = new c.orchestrator.DefaultCatalogProcessingOrchestrator({
    processors,
    integrations,
    rulesEnforcer: c.rules.DefaultCatalogRulesEnforcer.fromConfig(config),
    logger: quietLogger,
    parser: c.parse.defaultEntityDataParser,
    policy,
  });

  // Processing, as DefaultCatalogProcessingEngine does it for each entity (first processing: no state, no previous
  // result), breadth first from the config locations.
  const roots: { entity: any; locationKey?: string }[] = new (c.configProvider
    .ConfigLocationEntityProvider as any)(config).getEntitiesFromConfig();
  const queue: { entity: any; locationKey?: string; parent?: string }[] = [
    ...roots,
  ];
  const states = new Map<string, Processed>();
  /** refresh_state_references rows. */
  const references: {
    sourceKey?: string;
    source?: string;
    target: string;
  }[] = roots.map(r => ({
    sourceKey: CONFIG_PROVIDER,
    target: stringifyEntityRef(r.entity),
  }));
  /** relations rows, deduplicated per originating entity as syncRelations does. */
  const relations: {
    origin: string;
    source: string;
    type: string;
    target: string;
  }[] = [];
  const sha1 = () => createHash('sha1');
  for (let i = 0; i < queue.length; i++) {
    const { entity, locationKey, parent } = queue[i];
    const ref = stringifyEntityRef(entity);
    if (states.has(ref)) {
      throw new Error(`the seeder met ${ref} twice; the catalog would not`);
    }
    const result = await orchestrator.process({ entity, state: undefined });
    const id = randomUUID();
    const errors = JSON.stringify(
      result.errors.map((e: Error) => c.errors.serializeError(e)),
    );
    let hash = sha1().update(errors);
    const state: Processed = {
      id,
      ref,
      unprocessed: JSON.stringify(entity),
      unprocessedHash: c.dbUtil.generateStableHash(entity),
      cache: JSON.stringify({}),
      errors,
      resultHash: '',
      locationKey,
      refreshKeys: [],
    };
    if (result.ok) {
      if (stable({}) !== stable(result.state)) {
        state.cache = JSON.stringify({ ttl: 5, ...result.state });
      }
      // listParents(entityRef, ...deferred refs): on a first ingestion only the entity's own parent exists yet.
      hash = hash
        .update(stable({ ...result.completedEntity }))
        .update(stableArray([...result.deferredEntities]))
        .update(stableArray([...result.relations]))
        .update(stableArray([...result.refreshKeys]))
        .update(stableArray(parent ? [parent] : []));
      result.completedEntity.metadata.uid = id;
      state.processed = JSON.stringify(result.completedEntity);
      state.refreshKeys = result.refreshKeys.map((k: { key: string }) =>
        c.dbUtil.generateTargetKey(k.key),
      );
      const seen = new Set<string>();
      for (const r of result.relations) {
        const row = {
          origin: id,
          source: stringifyEntityRef(r.source),
          type: r.type as string,
          target: stringifyEntityRef(r.target),
        };
        const key = `${row.source}\0${row.type}\0${row.target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        relations.push(row);
      }
      for (const d of result.deferredEntities) {
        queue.push({
          entity: d.entity,
          locationKey: d.locationKey,
          parent: ref,
        });
        references.push({ source: ref, target: stringifyEntityRef(d.entity) });
      }
    }
    state.resultHash = hash.digest('hex');
    states.set(ref, state);
    queue[i] = undefined as any; // let the input go
    if (i === 0) {
      log(
        `location read: ${result.deferredEntities?.length ?? 0} entities (${(
          (performance.now() - started) /
          1000
        ).toFixed(0)} s)`,
      );
    }
    if ((i + 1) % 25000 === 0) log(`processed ${i + 1} entities`);
  }
  const processMs = performance.now() - started;

  // Stitching, as performStitching does it.
  const outgoing = new Map<string, Set<string>>();
  for (const r of relations) {
    const set = outgoing.get(r.source) ?? new Set<string>();
    set.add(`${r.type}\0${r.target}`);
    outgoing.set(r.source, set);
  }
  const incoming = new Map<string, number>();
  for (const r of references) {
    incoming.set(r.target, (incoming.get(r.target) ?? 0) + 1);
  }
  const byBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  const writeStarted = performance.now();
  rmSync(options.dbFile, { force: true });
  for (const suffix of ['-wal', '-shm', '-journal']) {
    rmSync(options.dbFile + suffix, { force: true });
  }
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: options.dbFile },
    useNullAsDefault: true,
  });
  try {
    await knex.migrate.latest({ directory: c.migrationsDir });
  } finally {
    await knex.destroy();
  }
  const db = new Database(options.dbFile);
  let entities = 0;
  let rejected = 0;
  try {
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    // Checked once at the end instead (better-sqlite3 enforces them by default).
    db.pragma('foreign_keys = OFF');
    // Bulk load: the tables' indexes are dropped and then created again from their own DDL (sorting once is much
    // faster than keeping them up to date row by row).
    const indexes: { name: string; sql: string }[] = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
      )
      .all();
    for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
    const now = new Date().toISOString().replace('T', ' ').slice(0, 19);
    const insertState = db.prepare(
      `INSERT INTO refresh_state (entity_id, entity_ref, unprocessed_entity, unprocessed_hash, processed_entity,
         result_hash, cache, errors, location_key, next_update_at, last_discovery_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertReference = db.prepare(
      'INSERT INTO refresh_state_references (source_key, source_entity_ref, target_entity_ref) VALUES (?, ?, ?)',
    );
    const insertRelation = db.prepare(
      'INSERT INTO relations (originating_entity_id, source_entity_ref, type, target_entity_ref) VALUES (?, ?, ?, ?)',
    );
    const insertKey = db.prepare(
      'INSERT INTO refresh_keys (entity_id, key) VALUES (?, ?)',
    );
    const insertFinal = db.prepare(
      'INSERT INTO final_entities (entity_id, entity_ref, final_entity, hash, last_updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    const insertSearch = db.prepare(
      'INSERT INTO search (entity_id, key, value, original_value) VALUES (?, ?, ?, ?)',
    );
    const { NULL_SENTINEL } = c.searchUtil;
    db.transaction(() => {
      for (const s of states.values()) {
        insertState.run(
          s.id,
          s.ref,
          s.unprocessed,
          s.unprocessedHash,
          s.processed ?? null,
          s.resultHash,
          s.cache,
          s.errors,
          s.locationKey ?? null,
          NEXT_UPDATE_AT,
          now,
        );
        for (const key of s.refreshKeys) insertKey.run(s.id, key);
      }
      for (const r of references) {
        insertReference.run(r.sourceKey ?? null, r.source ?? null, r.target);
      }
      for (const r of relations) {
        insertRelation.run(r.origin, r.source, r.type, r.target);
      }
      for (const s of states.values()) {
        if (!s.processed) {
          rejected++;
          continue;
        }
        const entity = JSON.parse(s.processed);
        if (!incoming.get(s.ref)) {
          entity.metadata.annotations = {
            ...entity.metadata.annotations,
            'backstage.io/orphan': 'true',
          };
        }
        for (const annotation of [
          'backstage.io/view-url',
          'backstage.io/edit-url',
        ]) {
          const value = entity.metadata.annotations?.[annotation];
          if (typeof value === 'string' && SCRIPT_PROTOCOL.test(value)) {
            entity.metadata.annotations[annotation] =
              'https://backstage.io/annotation-rejected-for-security-reasons';
          }
        }
        entity.relations = [...(outgoing.get(s.ref) ?? [])]
          .map(pair => pair.split('\0'))
          .sort(([t1, r1], [t2, r2]) => byBytes(t1, t2) || byBytes(r1, r2))
          .map(([type, targetRef]) => ({ type, targetRef }));
        const hash = c.dbUtil.generateStableHash(entity);
        entity.metadata.uid = s.id;
        if (!entity.metadata.etag) entity.metadata.etag = hash;
        insertFinal.run(s.id, s.ref, JSON.stringify(entity), hash, now);
        const seen = new Set<string>();
        for (const row of c.buildEntitySearch.buildEntitySearch(s.id, entity)) {
          const key = `${row.key}\0${
            row.value === null ? NULL_SENTINEL : row.value
          }`;
          if (seen.has(key)) continue;
          seen.add(key);
          insertSearch.run(s.id, row.key, row.value, row.original_value);
        }
        entities++;
      }
    })();
    for (const { sql } of indexes) db.exec(sql);
    const broken = db.pragma('foreign_key_check');
    if (broken.length > 0) {
      throw new Error(
        `seeded catalog violates its foreign keys: ${JSON.stringify(
          broken.slice(0, 3),
        )}`,
      );
    }
  } finally {
    db.close();
  }
  const writeMs = performance.now() - writeStarted;
  return {
    catalogVersion: c.version,
    entities,
    rejected,
    processMs,
    writeMs,
    ms: performance.now() - started,
  };
}

// A child process of the bench (bench/compare/run.ts): `node --require @backstage/cli/config/nodeTransform.cjs
// bench/compare/seedCatalog.ts '<SeedOptions as JSON>'`; progress on stderr, the SeedResult as JSON on stdout. Its
// memory (a few GB at 100k components) goes with it.
if (require.main === module) {
  seedCatalog({
    ...JSON.parse(process.argv[2]),
    log: (message: string) => process.stderr.write(`${message}\n`),
  }).then(
    result => process.stdout.write(`${JSON.stringify(result)}\n`),
    error => {
      process.stderr.write(`${error?.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
