import { Knex } from 'knex';

/**
 * How one field of a record is stored: in `column`, as it is (`plain`), as NULL when absent (`optional`), read back
 * as a number (`number`, for drivers that return counters as strings) or as JSON text (`json`).
 */
export interface Field {
  column: string;
  kind: 'plain' | 'optional' | 'number' | 'json';
}

export const optional = (column: string): Field => ({
  column,
  kind: 'optional',
});
export const numeric = (column: string): Field => ({ column, kind: 'number' });
export const json = (column: string): Field => ({ column, kind: 'json' });

/** Turns a record of type `T` into a table row and back. */
export interface RowCodec<T> {
  toRow(record: T): Record<string, unknown>;
  fromRow(row: any): T;
}

/** A {@link RowCodec} from the column of every field of `T` (a bare string is a `plain` column). */
export function rowCodec<T>(fields: {
  [K in keyof T]-?: string | Field;
}): RowCodec<T> {
  const entries = Object.entries(fields as Record<string, string | Field>).map(
    ([key, field]): [string, Field] => [
      key,
      typeof field === 'string' ? { column: field, kind: 'plain' } : field,
    ],
  );
  return {
    toRow: record => {
      const values = record as Record<string, unknown>;
      return Object.fromEntries(
        entries.map(([key, { column, kind }]) => {
          const value = values[key];
          if (kind === 'optional') return [column, value ?? null];
          return [column, kind === 'json' ? JSON.stringify(value) : value];
        }),
      );
    },
    fromRow: row =>
      Object.fromEntries(
        entries.map(([key, { column, kind }]) => {
          const value = row[column];
          switch (kind) {
            case 'optional':
              return [key, value ?? undefined];
            case 'number':
              return [key, Number(value)];
            case 'json':
              return [key, JSON.parse(value)];
            default:
              return [key, value];
          }
        }),
      ) as T,
  };
}

/** A page of a list: `limit` rows (all when left out) after skipping `offset`. */
export interface Page {
  limit?: number;
  offset?: number;
}

/** Restricts `query` to the page. */
export function paged<Q extends Knex.QueryBuilder>(query: Q, page: Page): Q {
  if (page.limit !== undefined) query.limit(page.limit);
  if (page.offset) query.offset(page.offset);
  return query;
}

/** Adds `column = value` to `query` for every filter value that is set. */
export function whereSet<Q extends Knex.QueryBuilder>(
  query: Q,
  filters: Record<string, string | undefined>,
): Q {
  for (const [column, value] of Object.entries(filters)) {
    if (value) query.where(column, value);
  }
  return query;
}

/** Newest first by `column`, ties by id: a stable order to page through. */
export const newestFirst = (column: string) => [
  { column, order: 'desc' as const },
  { column: 'id', order: 'asc' as const },
];

/**
 * `query` as a page of a list: the rows where each set value of `filters` matches its column, newest first by the
 * `newest` column, `page.limit` of them (all when left out) after `page.offset`.
 */
export function newestPage<Q extends Knex.QueryBuilder>(
  query: Q,
  newest: string,
  filters: Record<string, string | undefined>,
  page: Page,
): Q {
  query.orderBy(newestFirst(newest));
  return paged(whereSet(query, filters), page);
}

/** `items` by their entity ref. */
export function groupByRef<T extends { entityRef: string }>(
  items: T[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    map.set(item.entityRef, [...(map.get(item.entityRef) ?? []), item]);
  }
  return map;
}

/**
 * Deletes the rows of a whole-result history table recorded before `before`, except each entity's latest: that one
 * is still its state at any later `asOf`.
 */
export async function pruneKeepingLatest(
  db: Knex,
  table: string,
  before: string,
): Promise<number> {
  const latestIds = db(table).groupBy('entity_ref').max('id');
  return db(table)
    .where('recorded_at', '<', before)
    .whereNotIn('id', latestIds)
    .delete();
}

/** A row of a whole-result history table; no result when the entity went. */
export interface ResultRow {
  entity_ref: string;
  result: string | null;
  recorded_at: string;
}

/**
 * The rows of a whole-result history table (`smo_readiness_results`, `smo_rollup_history`) matching `where` and
 * recorded from `from` to `to` (ISO), oldest first, preceded by each entity's last row before `from`: enough to know
 * every entity's state on each day of the range.
 */
export function statesBetween(
  db: Knex,
  table: string,
  from: string,
  to: string,
  where: Record<string, string> = {},
): Promise<ResultRow[]> {
  const lastBefore = db(table)
    .where(where)
    .andWhere('recorded_at', '<', from)
    .groupBy('entity_ref')
    .max('id');
  return db(table)
    .whereIn('id', lastBefore)
    .orWhere(w =>
      w
        .where(where)
        .andWhere('recorded_at', '>=', from)
        .andWhere('recorded_at', '<=', to),
    )
    .orderBy([
      { column: 'recorded_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ])
    .select('entity_ref', 'result', 'recorded_at');
}

/** The result an entity had at `asOf` (ISO) in a whole-result history table; undefined when it had none then. */
export async function resultAt<T>(
  db: Knex,
  table: string,
  entityRef: string,
  asOf: string,
): Promise<T | undefined> {
  const row: Pick<ResultRow, 'result'> | undefined = await db(table)
    .where({ entity_ref: entityRef })
    .andWhere('recorded_at', '<=', asOf)
    .orderBy([
      { column: 'recorded_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .first('result');
  return row?.result ? JSON.parse(row.result) : undefined;
}

/** Each entity's latest result recorded by `asOf` (ISO) in a whole-result history table; entities gone by then are left out. */
export async function resultsAt<T>(
  db: Knex,
  table: string,
  asOf: string,
  where: Record<string, string> = {},
): Promise<T[]> {
  const latest = db(table)
    .where(where)
    .andWhere('recorded_at', '<=', asOf)
    .groupBy('entity_ref')
    .max('id');
  const rows: Pick<ResultRow, 'result'>[] = await db(table)
    .whereIn('id', latest)
    .select('result');
  return rows.flatMap(r => (r.result ? [JSON.parse(r.result) as T] : []));
}

/** Sorts by score or ref (ties by ref) and cuts one page: for lists rebuilt in memory, such as a past state. */
export function sortedPage<T extends { entityRef: string; score: number }>(
  items: T[],
  query: {
    sort: 'score' | 'entityRef';
    order: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
): { items: T[]; totalCount: number } {
  const direction = query.order === 'asc' ? 1 : -1;
  const byRef = (a: T, b: T) => (a.entityRef < b.entityRef ? -1 : 1);
  const sorted = [...items].sort((a, b) =>
    query.sort === 'score'
      ? direction * (a.score - b.score) || byRef(a, b)
      : direction * byRef(a, b),
  );
  return {
    totalCount: items.length,
    items: sorted.slice(query.offset, query.offset + query.limit),
  };
}
