// Runs every check and test suite of the repository, prints each step's duration, and ends with
// the line `N passed, N failed` that CI reads. Static checks count as one test each.
// Needs nothing installed but Node and npm: a PostgreSQL (unless one is configured) and a Chromium (unless the
// machine has one) come from the npm registry into .tools/, so no suite is skipped for want of either.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { startPostgres } from './ensure-postgres.mjs';

const root = new URL('..', import.meta.url).pathname;
const toolsDir = join(root, '.tools');
const reportDir = join(root, 'node_modules', '.cache', 'smo-test-reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const durations = [];

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CI: 'true', ...env },
  });
  return result.status === 0;
}

/** A step whose own result is one pass or fail. */
function check(name, cmd, args) {
  return { name, exec: () => (run(cmd, args) ? [1, 0] : [0, 1]) };
}

/** A Jest run writing its JSON report to `reportFile`; counts its tests. */
function suite(name, cmd, args, reportFile, env) {
  return {
    name,
    exec: () => {
      const ok = run(cmd, args, env);
      try {
        const report = JSON.parse(readFileSync(reportFile, 'utf8'));
        const failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
        // A crashed run with no failing test still fails the step. Skipped tests are neither.
        return [
          report.numPassedTests,
          ok ? failed : Math.max(failed, 1),
          report.numPendingTests ?? 0,
        ];
      } catch {
        return [0, 1];
      }
    },
  };
}

/** A @playwright/test run of `config`: counts its JSON report (SMO_E2E_REPORT); an error outside a test, such as a
 * web server that did not start, fails the step. */
function playwright(name, config, reportFile, env = {}) {
  return {
    name,
    exec: () => {
      const cli = join(root, 'node_modules/.bin/playwright');
      const ok = run(cli, ['test', '--config', config], {
        ...env,
        SMO_E2E_REPORT: reportFile,
      });
      try {
        const { stats, errors = [] } = JSON.parse(
          readFileSync(reportFile, 'utf8'),
        );
        const failed = stats.unexpected + stats.flaky + errors.length;
        return [
          stats.expected,
          ok ? failed : Math.max(failed, 1),
          stats.skipped,
        ];
      } catch {
        return [0, 1];
      }
    },
  };
}

const jestReport = join(reportDir, 'jest.json');
const smokeReport = join(reportDir, 'smoke.json');
const replicasReport = join(reportDir, 'replicas.json');
const e2eReport = join(reportDir, 'e2e.json');
const e2eDevReport = join(reportDir, 'e2e-dev.json');
const installReport = join(reportDir, 'install.json');
const installNewestReport = join(reportDir, 'install-newest.json');
const steps = [
  check('typecheck', 'yarn', ['tsc']),
  // The code generated from the OpenAPI document is current, and the document passes Backstage's OpenAPI lint.
  check('openapi', 'yarn', ['schema:check']),
  check('lint', 'yarn', ['lint']),
  check('prettier', 'yarn', ['prettier:check']),
  // Public API of the published packages must match the committed report.api.md files.
  check('api-reports', 'yarn', ['build:api-reports', '--ci']),
  suite(
    'unit',
    'yarn',
    ['backstage-cli', 'repo', 'test', '--json', `--outputFile=${jestReport}`],
    jestReport,
  ),
  playwright('smoke', 'e2e/smoke/playwright.config.mjs', smokeReport),
  // Two backend processes on one PostgreSQL.
  playwright('replicas', 'e2e/replicas/playwright.config.mjs', replicasReport),
  // The Governance UI and the gatekeeper walk in headless Chromium (@playwright/test), on the production build served
  // by the demo backend.
  playwright('e2e', 'e2e/browser/playwright.config.mjs', e2eReport),
  // The SMO page in the dev server as README's `./run start` runs it.
  playwright('e2e-dev', 'e2e/browser/playwright.dev.config.mjs', e2eDevReport),
  // A fresh app from the release template, our packages from tarballs, wired by docs/install.md, checked in Chromium.
  playwright('install', 'e2e/install/playwright.config.mjs', installReport),
  // The same on an app resolved to the newest versions the registry offers: an early warning of upstream breaks,
  // reported apart and not counted (docs/install.md names the known ones).
  {
    ...playwright(
      'install-newest',
      'e2e/install/playwright.config.mjs',
      installNewestReport,
      { SMO_INSTALL_NEWEST: '1' },
    ),
    informational: true,
  },
].filter(step => only.length === 0 || only.includes(step.name));

/** Records a step's outcome: its counts and how long it took since `started`; informational steps count nothing. */
function tally(name, [passed, failed, skipped = 0], started, informational) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  durations.push(
    `${name}: ${passed} passed, ${failed} failed${
      skipped ? `, ${skipped} skipped` : ''
    }, ${seconds}s${informational ? ' (informational, not counted)' : ''}`,
  );
  if (informational) return;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
}

/** Provisions what the chosen steps need; a service that cannot be had is a failed step, never a skipped suite. */
async function service(name, provide) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  try {
    const result = await provide();
    tally(name, [1, 0], started);
    return result;
  } catch (e) {
    console.error(`  ${name} failed: ${e.message}`);
    tally(name, [0, 1], started);
    return undefined;
  }
}

const needs = names => steps.some(step => names.includes(step.name));
const log = message => console.log(`  ${message}`);
const pgConfigured = Object.keys(process.env).some(key =>
  /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(key),
);
let postgres;
if (needs(['unit', 'replicas'])) {
  // Every TestDatabases suite and the replicas run must have their PostgreSQL half (see testDatabases.ts).
  process.env.SMO_TEST_REQUIRE_POSTGRES = '1';
  if (!pgConfigured) {
    postgres = await service('postgres', async () => {
      const server = await startPostgres({ toolsDir, log });
      process.env[server.envName] = server.connectionString;
      log(`${server.envName}=${server.connectionString}`);
      return server;
    });
  }
}
if (needs(['e2e', 'e2e-dev', 'install', 'install-newest'])) {
  await service('chromium', async () => {
    process.env.CHROMIUM_PATH = await ensureChromium({ toolsDir, log });
    log(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH}`);
  });
}
// Ctrl-C: the server stops with us (it also gets a parent-death signal if we are killed outright).
process.once('SIGINT', async () => {
  await postgres?.stop();
  process.exit(130);
});

for (const step of steps) {
  const started = Date.now();
  console.log(`\n=== ${step.name}`);
  tally(step.name, step.exec(), started, step.informational);
}
await postgres?.stop();

console.log('\n=== summary');
for (const line of durations) console.log(line);
if (totals.skipped)
  console.log(`${totals.skipped} skipped (not counted as passed)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
