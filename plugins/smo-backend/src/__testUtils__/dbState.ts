import { Knex } from 'knex';
import { createHash } from 'node:crypto';

/** The plugin's tables (`smo_*`) present in the database, sorted. */
export async function smoTables(knex: Knex): Promise<string[]> {
  const client = knex.client.config.client as string;
  const rows: { name: string }[] =
    client === 'pg'
      ? (
          await knex.raw(
            `select table_name as name from information_schema.tables
             where table_schema = current_schema() and table_name like 'smo\\_%'`,
          )
        ).rows
      : await knex.raw(
          `select name from sqlite_master where type = 'table' and name like 'smo\\_%' escape '\\'`,
        );
  return rows.map(r => r.name).sort();
}

/**
 * Row count and a content hash per `smo_*` table: equal fingerprints mean unchanged data. Columns named in `ignore`
 * (`table.column`, e.g. ones a later migration adds to an existing table) are left out.
 */
export async function dbFingerprint(
  knex: Knex,
  ignore: readonly string[] = [],
): Promise<Record<string, { rows: number; hash: string }>> {
  const result: Record<string, { rows: number; hash: string }> = {};
  for (const table of await smoTables(knex)) {
    const rows = (await knex(table).select()).map(row =>
      JSON.stringify(
        Object.keys(row)
          .filter(k => !ignore.includes(`${table}.${k}`))
          .sort()
          .map(k => [k, String(row[k])]),
      ),
    );
    rows.sort();
    result[table] = {
      rows: rows.length,
      hash: createHash('sha256').update(rows.join('\n')).digest('hex'),
    };
  }
  return result;
}
