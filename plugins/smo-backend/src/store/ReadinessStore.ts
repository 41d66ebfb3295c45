import {
  ReadinessResult,
  Tier,
  Verdict,
} from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import {
  pruneKeepingLatest,
  resultAt,
  ResultRow,
  resultsAt,
  sortedPage,
  statesBetween,
} from './rows';
import { pageWindow, reversed } from './pageWindow';
import {
  bumpGeneration,
  GenerationCounts,
  readGeneration,
} from './writeGeneration';

/** What the store keeps per entity beside the result, for filtering the portfolio. */
export interface ReadinessRow {
  result: ReadinessResult;
  fingerprint: string;
  ownerRef?: string;
  systemRef?: string;
  /** The entity's title, for the portfolio list. */
  title?: string;
}

/** The previous state of an entity, enough to decide whether to write and whether to add history. */
export interface StoredState {
  fingerprint: string;
  score: number;
  verdict: Verdict;
}

export interface ReadinessQuery {
  owner?: string;
  system?: string;
  offering?: string;
  verdict?: Verdict;
  tier?: Tier;
  minScore?: number;
  maxScore?: number;
  sort: 'score' | 'entityRef';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** One row of the portfolio list. */
export interface ReadinessSummary {
  entityRef: string;
  tier: Tier;
  verdict: Verdict;
  score: number;
  blockers: string[];
  offerings: string[];
  ownerRef?: string;
  systemRef?: string;
  title?: string;
  evaluatedAt: string;
}

/** A page of the portfolio; `titled` when every row's title was stored (else the caller asks the catalog). */
export interface ReadinessSummaryPage {
  items: ReadinessSummary[];
  totalCount: number;
  titled?: boolean;
}

export interface HistoryPoint {
  tier: Tier;
  verdict: Verdict;
  score: number;
  recordedAt: string;
}

const WRITE_CHUNK = 200;
/** What a portfolio row needs. */
const LIST_COLUMNS = [
  'entity_ref',
  'tier',
  'verdict',
  'score',
  'owner_ref',
  'system_ref',
  'offering_refs',
  'result',
  'title',
  'evaluated_at',
];

/** knex store of readiness results, their history and the sweep log. */
export class ReadinessStore {
  /** The portfolio's counts per filter, until the next write of any replica (see writeGeneration.ts). */
  private readonly counts = new GenerationCounts();

  private constructor(private readonly db: Knex) {}

  static create(db: Knex): ReadinessStore {
    return new ReadinessStore(db);
  }

  /** How many results are stored: what a sweep that may skip compares with the catalog's count of scored entities. */
  async countStates(): Promise<number> {
    const [{ count }] = await this.db('smo_readiness').count({ count: '*' });
    return Number(count);
  }

  /** Fingerprint, score and verdict of every stored entity. */
  async loadStates(): Promise<Map<string, StoredState>> {
    const rows = await this.db('smo_readiness').select(
      'entity_ref',
      'fingerprint',
      'score',
      'verdict',
    );
    return new Map(
      rows.map(r => [
        r.entity_ref,
        {
          fingerprint: r.fingerprint,
          score: Number(r.score),
          verdict: r.verdict,
        },
      ]),
    );
  }

  async loadState(entityRef: string): Promise<StoredState | undefined> {
    const row = await this.db('smo_readiness')
      .where({ entity_ref: entityRef })
      .first('fingerprint', 'score', 'verdict');
    return (
      row && {
        fingerprint: row.fingerprint,
        score: Number(row.score),
        verdict: row.verdict,
      }
    );
  }

  /**
   * Writes changed results atomically: the latest rows, plus a history row for each entity whose
   * score or verdict differs from `previous`.
   */
  /** Saves the rows that are not older than what is stored; returns the refs of those written. */
  async saveBatch(
    rows: ReadinessRow[],
    previous: Map<string, StoredState>,
  ): Promise<Set<string>> {
    const written = new Set<string>();
    if (rows.length === 0) return written;
    await this.db.transaction(async tx => {
      for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
        // The newest evaluation wins: a sweep that started before a refresh (and so read older evidence, e.g. a
        // waiver since revoked) must not overwrite the refresh's result, nor add history for its older view.
        const stored = new Map<string, string>(
          (
            await tx('smo_readiness')
              .whereIn(
                'entity_ref',
                rows.slice(i, i + WRITE_CHUNK).map(r => r.result.entityRef),
              )
              .select('entity_ref', 'evaluated_at')
          ).map(r => [r.entity_ref, r.evaluated_at]),
        );
        const chunk = rows
          .slice(i, i + WRITE_CHUNK)
          .filter(
            ({ result }) => !isNewer(stored.get(result.entityRef), result),
          );
        if (chunk.length === 0) continue;
        chunk.forEach(({ result }) => written.add(result.entityRef));
        // Stringified once for both tables: at 50k a first sweep spends seconds in JSON.stringify.
        const json = chunk.map(({ result }) => JSON.stringify(result));
        await tx('smo_readiness')
          .insert(chunk.map((row, j) => toDbRow(row, json[j])))
          .onConflict('entity_ref')
          .merge()
          // Also when a refresh commits between the read above and this write.
          .where(
            'smo_readiness.evaluated_at',
            '<=',
            tx.ref('excluded.evaluated_at'),
          );
        const history = chunk
          .filter(({ result }) => {
            const before = previous.get(result.entityRef);
            return (
              !before ||
              before.score !== result.score ||
              before.verdict !== result.verdict
            );
          })
          .map(({ result }) => ({
            entity_ref: result.entityRef,
            tier: result.tier,
            verdict: result.verdict,
            score: result.score,
            recorded_at: result.evaluatedAt,
          }));
        if (history.length > 0)
          await tx('smo_readiness_history').insert(history);
        // Every change of content, whole, for `asOf`.
        await tx('smo_readiness_results').insert(
          chunk.map(({ result }, j) => ({
            entity_ref: result.entityRef,
            result: json[j],
            recorded_at: result.evaluatedAt,
          })),
        );
      }
      if (written.size > 0) await bumpGeneration(tx);
    });
    return written;
  }

  /**
   * Deletes the latest results of entities that are no longer scored; history is kept, and records that they went
   * at `at` (so `asOf` a later time finds nothing).
   */
  async remove(entityRefs: string[], at: string): Promise<void> {
    for (let i = 0; i < entityRefs.length; i += WRITE_CHUNK) {
      const chunk = entityRefs.slice(i, i + WRITE_CHUNK);
      await this.db.transaction(async tx => {
        await tx('smo_readiness').whereIn('entity_ref', chunk).delete();
        await tx('smo_readiness_results').insert(
          chunk.map(ref => ({
            entity_ref: ref,
            result: null,
            recorded_at: at,
          })),
        );
        await bumpGeneration(tx);
      });
    }
  }

  /**
   * The portfolio as it was at `asOf` (ISO): each entity's result recorded by then, filtered, sorted and paged like
   * {@link ReadinessStore.list}. A past result does not record owner or system; the caller refuses those filters.
   */
  async listAt(
    query: ReadinessQuery,
    asOf: string,
    visible?: ReadonlySet<string>,
  ): Promise<ReadinessSummaryPage> {
    const results = (
      await resultsAt<ReadinessResult>(this.db, 'smo_readiness_results', asOf)
    ).filter(
      r =>
        (!visible || visible.has(r.entityRef)) &&
        (!query.verdict || r.verdict === query.verdict) &&
        (!query.tier || r.tier === query.tier) &&
        (query.minScore === undefined || r.score >= query.minScore) &&
        (query.maxScore === undefined || r.score <= query.maxScore) &&
        (!query.offering || r.basis.offerings.includes(query.offering)),
    );
    const page = sortedPage(results, query);
    return {
      totalCount: page.totalCount,
      items: page.items.map(r => ({
        entityRef: r.entityRef,
        tier: r.tier,
        verdict: r.verdict,
        score: r.score,
        blockers: r.blockers,
        offerings: r.basis.offerings,
        evaluatedAt: r.evaluatedAt,
      })),
    };
  }

  /** Component results recorded from `from` to `to` (ISO), oldest first, after each one's last before `from`. */
  resultsBetween(from: string, to: string): Promise<ResultRow[]> {
    return statesBetween(this.db, 'smo_readiness_results', from, to);
  }

  /** The result as recorded at `asOf` (ISO), undefined when the entity was not scored then (or before records). */
  async getAt(
    entityRef: string,
    asOf: string,
  ): Promise<ReadinessResult | undefined> {
    return resultAt(this.db, 'smo_readiness_results', entityRef, asOf);
  }

  async recordSweep(sweep: {
    startedAt: string;
    finishedAt: string;
    evaluated: number;
    changed: number;
    removed: number;
    /** The fingerprint of a full sweep's inputs; left out when the sweep was skipped or partly failed. */
    inputs?: string;
  }) {
    await this.db('smo_sweeps').insert({
      started_at: sweep.startedAt,
      finished_at: sweep.finishedAt,
      evaluated: sweep.evaluated,
      changed: sweep.changed,
      removed: sweep.removed,
      inputs: sweep.inputs ?? null,
    });
  }

  /** The last full sweep: when it started and the fingerprint of its inputs (see `ReadinessService.sweep`). */
  async lastFullSweep(): Promise<
    { startedAt: string; inputs: string } | undefined
  > {
    const row = await this.db('smo_sweeps')
      .whereNotNull('inputs')
      .orderBy('id', 'desc')
      .first('started_at', 'inputs');
    return row && { startedAt: row.started_at, inputs: row.inputs };
  }

  /** Start of the last completed sweep: every stored result was confirmed at least then. */
  async lastSweepStartedAt(): Promise<string | undefined> {
    const row = await this.db('smo_sweeps')
      .orderBy('id', 'desc')
      .first('started_at');
    return row?.started_at;
  }

  async get(entityRef: string): Promise<ReadinessResult | undefined> {
    // One round trip: the row and the start of the last sweep, which confirmed it if it is newer.
    const row = await this.db('smo_readiness')
      .where({ entity_ref: entityRef })
      .first(
        'result',
        'evaluated_at',
        this.db('smo_sweeps').max('started_at').as('confirmed_at'),
      );
    if (!row) return undefined;
    const result: ReadinessResult = JSON.parse(row.result);
    return {
      ...result,
      evaluatedAt: latest(row.evaluated_at, row.confirmed_at ?? undefined),
    };
  }

  /** The stored results of these entities with their owner (unscored ones are left out): for reports on a few. */
  async resultsOf(
    entityRefs: string[],
  ): Promise<{ result: ReadinessResult; ownerRef?: string }[]> {
    const found: { result: ReadinessResult; ownerRef?: string }[] = [];
    for (let i = 0; i < entityRefs.length; i += WRITE_CHUNK) {
      const rows = await this.db('smo_readiness')
        .whereIn('entity_ref', entityRefs.slice(i, i + WRITE_CHUNK))
        .select('result', 'owner_ref');
      for (const r of rows) {
        found.push({
          result: JSON.parse(r.result),
          ownerRef: r.owner_ref ?? undefined,
        });
      }
    }
    return found;
  }

  /**
   * One page of the portfolio and the number of matching rows. With `visible`, only those refs count — the page and
   * the total alike (the caller's catalog read permission is conditional; without it, the caller sees everything).
   */
  async list(
    query: ReadinessQuery,
    visible?: ReadonlySet<string>,
  ): Promise<ReadinessSummaryPage> {
    const base = this.db('smo_readiness').where(builder => {
      if (query.owner) builder.where('owner_ref', query.owner);
      if (query.system) builder.where('system_ref', query.system);
      // From the side table the database keeps from each result (migration 202612031200): indexed, unlike a LIKE.
      if (query.offering)
        builder.whereIn(
          'entity_ref',
          this.db('smo_readiness_offerings')
            .where('offering_ref', query.offering)
            .select('entity_ref'),
        );
      if (query.verdict) builder.where('verdict', query.verdict);
      if (query.tier) builder.where('tier', query.tier);
      if (query.minScore !== undefined)
        builder.where('score', '>=', query.minScore);
      if (query.maxScore !== undefined)
        builder.where('score', '<=', query.maxScore);
    });
    // entity_ref breaks ties of scores; sorted by entity_ref there are none, and a second term would leave the
    // filters' (column, entity_ref) indexes unused.
    const order: { column: string; order: 'asc' | 'desc' }[] =
      query.sort === 'score'
        ? [
            { column: 'score', order: query.order },
            { column: 'entity_ref', order: 'asc' },
          ]
        : [{ column: 'entity_ref', order: query.order }];
    let count: number;
    let rows: Record<string, any>[];
    if (!visible) {
      count = await this.countMatches(query, base);
      const window = pageWindow(count, query.offset, query.limit);
      // The page's refs first, from the index alone, then their rows: skipped rows are never read from the table.
      rows =
        window.limit === 0
          ? []
          : await this.db('smo_readiness')
              .whereIn(
                'entity_ref',
                base
                  .clone()
                  .select('entity_ref')
                  .orderBy(window.reverse ? reversed(order) : order)
                  .limit(window.limit)
                  .offset(window.offset),
              )
              .select(LIST_COLUMNS)
              .orderBy(order);
    } else {
      // Visibility is decided by the catalog, so it is applied to the matching refs in page order here: one narrow
      // read of the matches, then the page's rows.
      const refs = (await base.clone().select('entity_ref').orderBy(order))
        .map(r => r.entity_ref as string)
        .filter(ref => visible.has(ref));
      count = refs.length;
      const pageRefs = refs.slice(query.offset, query.offset + query.limit);
      const byRef = new Map(
        (
          await this.db('smo_readiness')
            .whereIn('entity_ref', pageRefs)
            .select(LIST_COLUMNS)
        ).map(r => [r.entity_ref, r]),
      );
      rows = pageRefs.flatMap(ref => byRef.get(ref) ?? []);
    }
    const confirmed = await this.lastSweepStartedAt();
    return {
      totalCount: Number(count),
      titled: rows.every(r => r.title !== null),
      items: rows.map(r => ({
        entityRef: r.entity_ref,
        tier: r.tier,
        verdict: r.verdict,
        score: Number(r.score),
        blockers: (JSON.parse(r.result) as ReadinessResult).blockers,
        offerings: r.offering_refs.split('|').filter(Boolean),
        ownerRef: r.owner_ref ?? undefined,
        systemRef: r.system_ref ?? undefined,
        title: r.title || undefined,
        evaluatedAt: latest(r.evaluated_at, confirmed),
      })),
    };
  }

  /**
   * How many rows `base` (the query's filters) matches, counted once per filter and write generation: counting up to
   * 100k matches costs more than the page (issue 19).
   */
  private async countMatches(
    query: ReadinessQuery,
    base: Knex.QueryBuilder,
  ): Promise<number> {
    const generation = await readGeneration(this.db);
    const key = JSON.stringify([
      query.owner,
      query.system,
      query.offering,
      query.verdict,
      query.tier,
      query.minScore,
      query.maxScore,
    ]);
    const cached = this.counts.get(generation, key);
    if (cached !== undefined) return cached;
    const [counted] = await base.clone().count({ count: '*' });
    const count = Number(counted.count);
    this.counts.set(generation, key, count);
    return count;
  }

  async history(entityRef: string, limit = 500): Promise<HistoryPoint[]> {
    const rows = await this.db('smo_readiness_history')
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'recorded_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit)
      .select('tier', 'verdict', 'score', 'recorded_at');
    return rows.reverse().map(r => ({
      tier: r.tier,
      verdict: r.verdict,
      score: Number(r.score),
      recordedAt: r.recorded_at,
    }));
  }

  /** Deletes history and sweep log entries older than `before` (ISO timestamp). */
  async prune(before: string): Promise<number> {
    const deleted = await this.db('smo_readiness_history')
      .where('recorded_at', '<', before)
      .delete();
    await pruneKeepingLatest(this.db, 'smo_readiness_results', before);
    await this.db('smo_sweeps').where('finished_at', '<', before).delete();
    return deleted;
  }
}

function toDbRow(
  { result, fingerprint, ownerRef, systemRef, title }: ReadinessRow,
  json: string,
) {
  return {
    entity_ref: result.entityRef,
    tier: result.tier,
    verdict: result.verdict,
    score: result.score,
    owner_ref: ownerRef ?? null,
    system_ref: systemRef ?? null,
    offering_refs: `|${result.basis.offerings.join('|')}|`,
    fingerprint,
    result: json,
    title: title ?? '',
    evaluated_at: result.evaluatedAt,
  };
}

function latest(a: string, b: string | undefined): string {
  return b && b > a ? b : a;
}

/** Whether a stored evaluation time is later than the result's (ISO-8601 UTC strings compare in time order). */
function isNewer(storedAt: string | undefined, result: ReadinessResult) {
  return storedAt !== undefined && storedAt > result.evaluatedAt;
}
