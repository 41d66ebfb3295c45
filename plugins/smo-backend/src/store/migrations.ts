import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@smo-backstage/plugin-smo-backend',
  'migrations',
);

/** Runs pending migrations unless the deployment manages them itself, and returns the client. */
export async function migrateDatabase(
  database: DatabaseService,
): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await client.migrate.latest({ directory: migrationsDir });
  }
  return client;
}

/** For tests: the directory and a rollback of every migration. */
export async function rollbackAll(client: Knex): Promise<void> {
  await client.migrate.rollback({ directory: migrationsDir }, true);
}

export { migrationsDir };
