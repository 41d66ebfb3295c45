// The PostgreSQL the replicas share: the connection ./run test provides (BACKSTAGE_TEST_DATABASE_POSTGRES<N>_
// CONNECTION_STRING, the newest version when several), a one-off query, and the run's database prefix.
import { createRequire } from 'node:module';

const require = createRequire(
  new URL('../../plugins/smo-backend/package.json', import.meta.url),
);

export const connection = Object.entries(process.env)
  .filter(([k]) =>
    /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(k),
  )
  .sort(([a], [b]) => b.localeCompare(a, 'en', { numeric: true }))
  .map(([, v]) => v)[0];

/** The backends' database prefix: one per run, handed from the config to the specs and the teardown. */
export const prefix =
  (process.env.SMO_REPLICAS_PREFIX ??= `smo_replicas_${process.pid}_`);

/** Runs `text` on `database` of the shared server; resolves with the rows. */
export async function sql(database, text, params = []) {
  const { Client } = require('pg');
  const url = new URL(connection);
  url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Global teardown: drops the run's databases. */
export default async function dropDatabases() {
  if (!connection) return;
  const dbs = await sql(
    'postgres',
    'select datname from pg_database where datname like $1',
    [`${prefix}%`],
  );
  for (const { datname } of dbs) {
    await sql('postgres', `drop database if exists "${datname}" with (force)`);
  }
}
