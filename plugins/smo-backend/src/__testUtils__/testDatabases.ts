import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * SQLite always; PostgreSQL wherever a BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING is set
 * (.ci/run starts one). No Docker is needed.
 */
export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({
    ids: [
      'SQLITE_3',
      'POSTGRES_18',
      'POSTGRES_17',
      'POSTGRES_16',
      'POSTGRES_15',
      'POSTGRES_14',
      'POSTGRES_13',
    ] as TestDatabaseId[],
    disableDocker: true,
  });
}
