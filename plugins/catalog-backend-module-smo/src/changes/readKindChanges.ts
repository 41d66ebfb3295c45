import { createHash } from 'node:crypto';
import { Knex } from 'knex';

/** What tells whether the stitched entities of one kind changed: how many there are and a digest of their hashes. */
export interface KindChanges {
  /** The kind, lower case (as the catalog's search table keeps it). */
  kind: string;
  /** Stitched entities of the kind. */
  count: number;
  /**
   * SHA-256 over each entity's id and stitched hash, in id order. The catalog gives an entity a new hash whenever its
   * stitched form changes, so this changes whenever an entity of the kind is added, changed or deleted.
   */
  digest: string;
}

/**
 * Reads the change signal of `kinds` from the catalog's own tables: the `kind` rows of `search` (its (key, value)
 * index, the one the catalog's kind filter uses) joined to `final_entities` by primary key. Only the short `hash`
 * column is read, never the entity JSON, which is what makes this much cheaper than a field-selected entity query.
 */
export async function readKindChanges(
  knex: Knex,
  kinds: string[],
): Promise<KindChanges[]> {
  const wanted = [...new Set(kinds.map(k => k.toLocaleLowerCase('en-US')))];
  const rows: { kind: string; id: string; hash: string }[] = await knex(
    'search as s',
  )
    .join('final_entities as f', 'f.entity_id', 's.entity_id')
    .where('s.key', 'kind')
    .whereIn('s.value', wanted)
    .whereNotNull('f.final_entity')
    .orderBy([
      { column: 's.value', order: 'asc' },
      { column: 'f.entity_id', order: 'asc' },
    ])
    .select({ kind: 's.value', id: 'f.entity_id', hash: 'f.hash' });
  const byKind = new Map(
    wanted.map(kind => [kind, { count: 0, hash: createHash('sha256') }]),
  );
  for (const row of rows) {
    const entry = byKind.get(row.kind)!;
    entry.count += 1;
    entry.hash.update(`${row.id} ${row.hash}\n`);
  }
  return [...byKind].map(([kind, { count, hash }]) => ({
    kind,
    count,
    digest: hash.digest('hex'),
  }));
}
