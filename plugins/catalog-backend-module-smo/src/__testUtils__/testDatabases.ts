import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

const IDS = [
  'SQLITE_3',
  'POSTGRES_18',
  'POSTGRES_17',
  'POSTGRES_16',
  'POSTGRES_15',
  'POSTGRES_14',
  'POSTGRES_13',
] as TestDatabaseId[];

/**
 * SQLite always; PostgreSQL wherever a BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING is set (`./run test`
 * starts one when none is configured). No Docker is needed. Under `./run test` (SMO_TEST_REQUIRE_POSTGRES=1) a suite
 * without PostgreSQL fails instead of silently running its SQLite half only.
 */
export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({ ids: IDS, disableDocker: true });
  if (
    process.env.SMO_TEST_REQUIRE_POSTGRES === '1' &&
    !databases.eachSupportedId().some(([id]) => id.startsWith('POSTGRES'))
  ) {
    throw new Error(
      'SMO_TEST_REQUIRE_POSTGRES=1 but no BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING is set',
    );
  }
  return databases;
}
