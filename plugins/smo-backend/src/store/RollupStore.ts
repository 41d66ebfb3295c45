import { RollupKind, RollupResult } from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import { createHash } from 'node:crypto';
import {
  pruneKeepingLatest,
  resultAt,
  resultsAt,
  sortedPage,
  statesBetween,
} from './rows';

const WRITE_CHUNK = 200;

/** A page of roll-ups of one kind. */
export interface RollupQuery {
  kind: RollupKind;
  verdict?: RollupResult['verdict'];
  sort: 'score' | 'entityRef';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** One recorded state of a roll-up; no result when it stopped being rolled up. */
export interface RollupRecord {
  entityRef: string;
  result?: RollupResult;
  recordedAt: string;
}

/** Everything a roll-up says except when it was computed. */
function fingerprint(result: RollupResult): string {
  const { evaluatedAt: _at, ...content } = result;
  return createHash('sha1').update(JSON.stringify(content)).digest('hex');
}

/**
 * knex store of roll-ups: the latest per entity, and a history row with the whole result each time one changes (or
 * goes), which is what `asOf` and the portfolio trend read.
 */
export class RollupStore {
  private constructor(private readonly db: Knex) {}

  static create(db: Knex): RollupStore {
    return new RollupStore(db);
  }

  /**
   * Replaces the roll-ups with one sweep's: rows whose content changed are written with a history row, roll-ups no
   * longer computed are removed with a history row saying so. Atomic. Returns how many changed.
   */
  async replaceAll(rollups: RollupResult[]): Promise<number> {
    return this.db.transaction(async tx => {
      const stored = new Map<string, string>(
        (await tx('smo_rollups').select('entity_ref', 'fingerprint')).map(r => [
          r.entity_ref,
          r.fingerprint,
        ]),
      );
      const changed = rollups
        .map(result => ({ result, print: fingerprint(result) }))
        .filter(({ result, print }) => stored.get(result.entityRef) !== print);
      const present = new Set(rollups.map(r => r.entityRef));
      const gone = [...stored.keys()].filter(ref => !present.has(ref));
      const at = rollups[0]?.evaluatedAt ?? new Date().toISOString();

      for (let i = 0; i < changed.length; i += WRITE_CHUNK) {
        const chunk = changed.slice(i, i + WRITE_CHUNK);
        await tx('smo_rollups')
          .insert(
            chunk.map(({ result, print }) => ({
              entity_ref: result.entityRef,
              kind: result.kind,
              verdict: result.verdict,
              at_risk: result.atRisk,
              score: result.score,
              fingerprint: print,
              result: JSON.stringify(result),
              evaluated_at: result.evaluatedAt,
            })),
          )
          .onConflict('entity_ref')
          .merge();
        await tx('smo_rollup_history').insert(
          chunk.map(({ result }) => ({
            entity_ref: result.entityRef,
            kind: result.kind,
            result: JSON.stringify(result),
            recorded_at: result.evaluatedAt,
          })),
        );
      }
      for (let i = 0; i < gone.length; i += WRITE_CHUNK) {
        const chunk = gone.slice(i, i + WRITE_CHUNK);
        await tx('smo_rollups').whereIn('entity_ref', chunk).delete();
        await tx('smo_rollup_history').insert(
          chunk.map(ref => ({
            entity_ref: ref,
            kind: ref.slice(0, ref.indexOf(':')),
            result: null,
            recorded_at: at,
          })),
        );
      }
      // This sweep confirmed the unchanged ones too: `evaluatedAt` says when the roll-up was last computed.
      await tx('smo_rollups')
        .where('evaluated_at', '<', at)
        .update({ evaluated_at: at });
      return changed.length + gone.length;
    });
  }

  async get(entityRef: string): Promise<RollupResult | undefined> {
    const row = await this.db('smo_rollups')
      .where({ entity_ref: entityRef })
      .first('result', 'evaluated_at');
    return row && withTime(row);
  }

  /** The roll-up as recorded at `asOf` (ISO), undefined when there was none then. */
  /** Every roll-up of one kind as recorded at `asOf` (ISO), by entity ref: one read for a whole page's past. */
  async allAt(
    kind: RollupResult['kind'],
    asOf: string,
  ): Promise<Map<string, RollupResult>> {
    const results = await resultsAt<RollupResult>(
      this.db,
      'smo_rollup_history',
      asOf,
      { kind },
    );
    return new Map(results.map(r => [r.entityRef, r]));
  }

  async getAt(
    entityRef: string,
    asOf: string,
  ): Promise<RollupResult | undefined> {
    return resultAt(this.db, 'smo_rollup_history', entityRef, asOf);
  }

  /** One entity's recorded states, oldest first (the newest `limit`). */
  async history(entityRef: string, limit = 500): Promise<RollupRecord[]> {
    const rows = await this.db('smo_rollup_history')
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'recorded_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit)
      .select('entity_ref', 'result', 'recorded_at');
    return rows.reverse().map(toRecord);
  }

  /**
   * Every recorded state of roll-ups of `kind` up to `to`, oldest first, starting with each entity's last state
   * before `from` (so a day's state is known from the range's first day).
   */
  async statesBetween(
    kind: RollupKind,
    from: string,
    to: string,
  ): Promise<RollupRecord[]> {
    const rows = await statesBetween(this.db, 'smo_rollup_history', from, to, {
      kind,
    });
    return rows.map(toRecord);
  }

  /** A page of the latest roll-ups of one kind; with `visible`, only those refs count, the page and the total alike. */
  async list(
    query: RollupQuery,
    visible?: ReadonlySet<string>,
  ): Promise<{ items: RollupResult[]; totalCount: number }> {
    const rows: { entity_ref: string; result: string; evaluated_at: string }[] =
      await this.db('smo_rollups')
        .where({ kind: query.kind })
        .modify(q => {
          if (query.verdict) q.where('verdict', query.verdict);
        })
        .orderBy([
          {
            column: query.sort === 'score' ? 'score' : 'entity_ref',
            order: query.order,
          },
          { column: 'entity_ref', order: 'asc' },
        ])
        .select('entity_ref', 'result', 'evaluated_at');
    const seen = rows.filter(r => !visible || visible.has(r.entity_ref));
    return {
      totalCount: seen.length,
      items: seen.slice(query.offset, query.offset + query.limit).map(withTime),
    };
  }

  /** A page of the roll-ups of one kind as they were at `asOf` (ISO); with `visible`, only those refs count. */
  async listAt(
    query: RollupQuery,
    asOf: string,
    visible?: ReadonlySet<string>,
  ): Promise<{ items: RollupResult[]; totalCount: number }> {
    const results = (
      await resultsAt<RollupResult>(this.db, 'smo_rollup_history', asOf, {
        kind: query.kind,
      })
    ).filter(
      r =>
        (!visible || visible.has(r.entityRef)) &&
        (!query.verdict || r.verdict === query.verdict),
    );
    return sortedPage(results, query);
  }

  /** Drops history recorded before `before` (ISO); returns how many rows went. */
  prune(before: string): Promise<number> {
    return pruneKeepingLatest(this.db, 'smo_rollup_history', before);
  }
}

/** The stored result with the time it was last computed (unchanged results are confirmed by every sweep). */
function withTime(row: { result: string; evaluated_at: string }): RollupResult {
  return { ...JSON.parse(row.result), evaluatedAt: row.evaluated_at };
}

function toRecord(row: any): RollupRecord {
  return {
    entityRef: row.entity_ref,
    ...(row.result && { result: JSON.parse(row.result) }),
    recordedAt: row.recorded_at,
  };
}
