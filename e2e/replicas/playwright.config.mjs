// Step `replicas` of ./run test: two demo backends on one PostgreSQL database, started one after the other as in a
// rolling deploy (the first runs the migrations), with a 10 s readiness sweep. Each writes its output to
// e2e/artifacts/replica-<name>.log, where the spec counts the sweeps it ran.
import { createServer } from 'node:net';
import { demoBackend, smoConfig } from '../lib/playwright.mjs';
import { connection, prefix } from './postgres.mjs';

export const SWEEP_FREQUENCY_S = 10;

async function freePort() {
  return new Promise(resolve => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Chosen once, by the runner; its workers inherit them. Without a PostgreSQL no backend starts (the spec says why).
if (!process.env.SMO_REPLICAS) {
  process.env.SMO_REPLICAS = JSON.stringify(
    connection
      ? [
          { name: 'a', port: await freePort() },
          { name: 'b', port: await freePort() },
        ]
      : [],
  );
}

function replica({ name, port }) {
  const backend = demoBackend(port, {
    APP_CONFIG_backend_database_client: 'pg',
    APP_CONFIG_backend_database_connection: connection,
    APP_CONFIG_backend_database_prefix: prefix,
    APP_CONFIG_smo_readiness_schedule: JSON.stringify({
      frequency: `PT${SWEEP_FREQUENCY_S}S`,
      timeout: 'PT30S',
      initialDelay: 'PT1S',
    }),
  });
  const log = new URL(`../artifacts/replica-${name}.log`, import.meta.url)
    .pathname;
  return { ...backend, command: `${backend.command} > ${log} 2>&1` };
}

export default await smoConfig({
  testDir: '.',
  testMatch: ['replicas.spec.mjs'],
  // Started in this order, each once the one before answers.
  webServer: JSON.parse(process.env.SMO_REPLICAS).map(replica),
  globalTeardown: './postgres.mjs',
});
