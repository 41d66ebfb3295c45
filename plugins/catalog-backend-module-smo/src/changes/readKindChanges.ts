import { createHash } from 'node:crypto';
import { CatalogKindChanges } from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';

/**
 * Reads the change signal of `kinds` from the catalog's own tables: the `kind` rows of `search` (its (key, value)
 * index, the one the catalog's kind filter uses) joined to `final_entities` by primary key. Only the short `hash`
 * column is read, never the entity JSON, which is what makes this much cheaper than a field-selected entity query.
 */
export async function readKindChanges(
  knex: Knex,
  kinds: string[],
): Promise<CatalogKindChanges[]> {
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
