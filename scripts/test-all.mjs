// Runs every check and test suite of the repository, prints each step's duration, and ends with
// the line `N passed, N failed` that CI reads. Static checks count as one test each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
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

/** A step that writes a Jest-style JSON report; counts its tests. */
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

const jestReport = join(reportDir, 'jest.json');
const smokeReport = join(reportDir, 'smoke.json');
const replicasReport = join(reportDir, 'replicas.json');
const e2eReport = join(reportDir, 'e2e.json');
const installReport = join(reportDir, 'install.json');
const steps = [
  check('typecheck', 'yarn', ['tsc']),
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
  suite(
    'smoke',
    'node',
    ['e2e/smoke/backend-smoke.mjs', smokeReport],
    smokeReport,
  ),
  // Two backend processes on one PostgreSQL; reported as skipped when no PostgreSQL is configured.
  suite(
    'replicas',
    'node',
    ['e2e/replicas/replicas.mjs', replicasReport],
    replicasReport,
  ),
  // The Governance UI in a real browser (Debian chromium via playwright-core); needs /usr/bin/chromium.
  suite(
    'e2e',
    'node',
    ['e2e/browser/governance-e2e.mjs', e2eReport],
    e2eReport,
  ),
  // A fresh app from the release template, our packages from tarballs, wired by docs/install.md, checked in Chromium.
  suite(
    'install',
    'node',
    ['e2e/install/verify-install.mjs', installReport],
    installReport,
  ),
].filter(step => only.length === 0 || only.includes(step.name));

for (const step of steps) {
  const started = Date.now();
  console.log(`\n=== ${step.name}`);
  const [passed, failed, skipped = 0] = step.exec();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  durations.push(
    `${step.name}: ${passed} passed, ${failed} failed${
      skipped ? `, ${skipped} skipped` : ''
    }, ${seconds}s`,
  );
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
}

console.log('\n=== summary');
for (const line of durations) console.log(line);
if (totals.skipped)
  console.log(`${totals.skipped} skipped (not counted as passed)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
