// The SMO page in the dev server, started the way README's `./run start` does (`yarn start`: webpack dev server for
// the app, the backend beside it), on spare ports so a running demo is left alone. The production build is covered by
// governance-e2e.mjs; issue 13's blank page showed most often here. Writes a Jest-style JSON report (argv[2]).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  createRun,
  guestToken,
  launchChromium,
  poll,
  smoApi,
  stopGroup,
} from '../lib/harness.mjs';
import { smoPageVisits } from './smo-page-visits.mjs';

const root = new URL('../..', import.meta.url).pathname;
const reportFile =
  process.argv[2] ?? join(root, 'e2e/artifacts/dev-server-report.json');
const artifacts = join(root, 'e2e/artifacts');
const appPort = Number(process.env.E2E_DEV_APP_PORT ?? 3037);
const backendPort = Number(process.env.E2E_DEV_BACKEND_PORT ?? 7037);
const app = `http://localhost:${appPort}`;
const backendBase = `http://localhost:${backendPort}`;
// A ceiling for the first webpack compile and the first readiness sweep on a cold, loaded 2-core machine.
const deadline = Date.now() + 420_000;
mkdirSync(artifacts, { recursive: true });

const { test, record, writeReport, elapsed } = createRun();

const server = spawn('yarn', ['start'], {
  cwd: root,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env,
    APP_CONFIG_app_baseUrl: app,
    APP_CONFIG_backend_baseUrl: backendBase,
    APP_CONFIG_backend_listen_port: String(backendPort),
    APP_CONFIG_backend_cors_origin: app,
  },
});
let output = '';
server.stdout.on('data', d => (output += d));
server.stderr.on('data', d => (output += d));

let browser;
try {
  await test('`yarn start` serves the app and the backend', async () => {
    const token = await poll(
      'a guest token from the backend',
      () => guestToken(backendBase),
      deadline,
    );
    await poll(
      'the dev server to serve the app',
      async () => (await fetch(app)).ok,
      deadline,
    );
    await poll(
      'the first readiness sweep',
      async () =>
        (
          await smoApi(backendBase, token).listReadiness({
            query: { limit: 1 },
          })
        ).totalCount > 0,
      deadline,
    );
  });
  browser = await launchChromium();
  await smoPageVisits({
    browser,
    base: app,
    test,
    label: 'dev server',
    shotPath: name => join(artifacts, `${name}.png`),
  });
} catch (e) {
  record(
    'dev server e2e',
    false,
    `${e.message}\n--- yarn start output ---\n${output.slice(-4000)}`,
  );
} finally {
  await browser?.close().catch(() => {});
  stopGroup(server);
}

const failed = writeReport(reportFile);
console.log(`  dev server e2e finished in ${elapsed()}`);
process.exit(failed === 0 ? 0 : 1);
