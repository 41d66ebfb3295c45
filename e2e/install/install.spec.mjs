// Install verification: a fresh app from the Backstage release template our version matches, our packages from
// `yarn pack` tarballs (no workspace links), wired by applying docs/install.md literally, started, and checked in
// Chromium; each step a test, in order (a failed step skips the rest). Run inside ./run (Node ≥ 22, yarn 4):
// `./run test install` (playwright.config.mjs).
//
// The app is resolved to the Backstage 1.55 release, as a platform team's app is: create-app seeds a new app's
// yarn.lock with the release's lockfile, which it downloads (not possible here), so we seed it with ours — this
// repository's lockfile is a 1.55 lockfile. Upstream releases after 1.55 then cannot break the check.
// `SMO_INSTALL_NEWEST=1` (step `install-newest`) skips the seed: the app resolves to the newest versions the registry offers, the way a team creating an
// app today without a seed gets it. scripts/test-all.mjs reports that case apart, as early warning of upstream breaks.
import { expect, test } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopGroup, waitForGuestToken } from '../lib/harness.mjs';
import { applyStep, readSteps } from './installSteps.mjs';

const root = new URL('../..', import.meta.url).pathname;
const newest = process.env.SMO_INSTALL_NEWEST === '1';
const CREATE_APP = '@backstage/create-app@0.9.2'; // the template of Backstage 1.55 (backstage.json)
const port = Number(process.env.INSTALL_BACKEND_PORT ?? (newest ? 7048 : 7047));
const base = `http://localhost:${port}`;
const work = mkdtempSync(join(tmpdir(), 'smo-install-'));
const appDir = join(work, 'app');
const sh = (command, cwd = appDir, env = process.env) =>
  execSync(command, { cwd, stdio: 'inherit', env });

// yarn 4.13 resolving a new lockfile under the downloaded Node 24 crashes intermittently ("The `onCancel` handler was
// attached after the promise settled", ../shared notes); the machine's own Node runs yarn fine. So yarn's install
// steps run with the machine's Node first on PATH, as a developer's shell would; builds and the backend use Node 24.
// Dropped from PATH: our Node 24, and the node/yarn shims `yarn run` puts in a temporary xfs-* dir (`yarn test:install`).
const yarnEnv = {
  ...process.env,
  PATH: (process.env.PATH ?? '')
    .split(':')
    .filter(dir => !dir.includes('/.tools/node-') && !/\/xfs-[^/]+$/.test(dir))
    .join(':'),
};

const PACKAGES = {
  '@smo-backstage/plugin-smo': 'plugins/smo',
  '@smo-backstage/plugin-smo-backend': 'plugins/smo-backend',
  '@smo-backstage/plugin-smo-common': 'plugins/smo-common',
  '@smo-backstage/plugin-smo-node': 'plugins/smo-node',
  '@smo-backstage/plugin-catalog-backend-module-smo':
    'plugins/catalog-backend-module-smo',
  '@smo-backstage/plugin-smo-backend-module-pagerduty':
    'plugins/smo-backend-module-pagerduty',
};

/**
 * What this machine needs before any install step, as for our own repo (docs/development.md): no vendored yarn (ours
 * is on PATH), the registry mirror's pins, and our unpublished packages resolved to the tarballs. Not install steps.
 */
function prepareEnvironment(tarballs) {
  const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const pkgPath = join(appDir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  console.log(
    `  pins (docs/development.md explains each): ${JSON.stringify(
      ours.resolutions,
    )}`,
  );
  if (newest) {
    console.log('  no yarn.lock seed: resolving to the newest versions');
  } else {
    // What create-app's "fetching yarn.lock seed" step would have given the app: the 1.55 release's resolutions.
    cpSync(join(root, 'yarn.lock'), join(appDir, 'yarn.lock'));
    console.log(
      "  yarn.lock seeded with this repository's (Backstage 1.55 release) lockfile",
    );
  }
  pkg.resolutions = { ...pkg.resolutions, ...ours.resolutions, ...tarballs };
  pkg.dependenciesMeta = ours.dependenciesMeta;
  delete pkg.packageManager;
  writeFileSync(pkgPath, JSON.stringify(pkg, null, 2));
  rmSync(join(appDir, '.yarn'), { recursive: true, force: true });
  cpSync(join(root, '.yarnrc.yml'), join(appDir, '.yarnrc.yml'));
  // Our example portfolio as the organisation's SMO entities (docs step 2 points a location at it).
  cpSync(join(root, 'examples'), join(appDir, 'examples/smo'), {
    recursive: true,
  });
  writeFileSync(
    join(appDir, 'app-config.local.yaml'),
    `app: { baseUrl: ${base} }\nbackend: { baseUrl: ${base}, listen: { port: ${port} }, cors: { origin: ${base} } }\n`,
  );
}

/**
 * Watches a starting backend's output. `failed` rejects as soon as it logs "Backend startup failed" or exits — the
 * process may keep answering HTTP after a plugin failed to start, so waiting on requests alone would wait out the
 * deadline. `errorLines()` is the backend's own error lines, for the report.
 */
function watchStartup(child) {
  let output = '';
  let fail;
  const failed = new Promise((_, reject) => (fail = reject));
  failed.catch(() => {}); // raced, and may never be awaited
  const onData = data => {
    output += data;
    if (/Backend startup failed/.test(output)) {
      fail(new Error('the backend reported "Backend startup failed"'));
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.on('exit', code =>
    fail(new Error(`the backend exited with ${code} during start-up`)),
  );
  const lines = () =>
    // eslint-disable-next-line no-control-regex
    output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const errors = () =>
    lines().filter(l => /\b(error|failed|caused by)\b|Error:/i.test(l));
  const errorLines = () =>
    `--- the backend's error lines ---\n${(errors().length ? errors() : lines())
      .slice(-40)
      .join('\n')}`;
  // The thrown error itself, e.g. "TypeError: httpRouter.addWebSocketHandler is not a function".
  const firstError = () => {
    for (const line of lines()) {
      const thrown = /\b(\w*Error: [^"\\\n]+)/.exec(line);
      if (thrown) return thrown[1].slice(0, 300);
    }
    return (errors()[0] ?? '').trim().slice(0, 300);
  };
  return { failed, errorLines, firstError };
}

test.describe.configure({ mode: 'serial', timeout: 1_200_000 });

let backend;
let page;

test.afterEach(async ({}, testInfo) => {
  // A failing browser check leaves a screenshot of what was on screen.
  if (page && testInfo.status !== testInfo.expectedStatus) {
    await page
      .screenshot({
        path: join(
          root,
          `e2e/artifacts/install-${testInfo.title.replace(/\W+/g, '-')}.png`,
        ),
      })
      .catch(() => {});
  }
});

test.afterAll(async () => {
  await page
    ?.context()
    .close()
    .catch(() => {});
  if (backend) stopGroup(backend);
  rmSync(work, { recursive: true, force: true });
});

test(`a fresh app from ${CREATE_APP}`, async () => {
  execSync(`npx --yes ${CREATE_APP} --skip-install --path ${appDir}`, {
    input: 'smo-install-check\n',
    stdio: ['pipe', 'ignore', 'inherit'],
  });
});

test('our packages pack into tarballs', async () => {
  const tarballs = {};
  // Declarations first (the build bundles them), then each package's publishable build.
  sh('yarn tsc', root);
  for (const [name, dir] of Object.entries(PACKAGES)) {
    execSync('yarn build', {
      cwd: join(root, dir),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const file = join(work, `${name.split('/')[1]}.tgz`);
    execSync(`yarn pack --out ${file}`, {
      cwd: join(root, dir),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    tarballs[name] = `file:${file}`;
  }
  prepareEnvironment(tarballs);
});

test('docs/install.md applies to the fresh app', async () => {
  const steps = readSteps(readFileSync(join(root, 'docs/install.md'), 'utf8'));
  expect(
    steps.length,
    'verify steps in docs/install.md',
  ).toBeGreaterThanOrEqual(4);
  for (const step of steps) applyStep(step, appDir, yarnEnv);
  sh('yarn install', appDir, yarnEnv);
});

test('the app builds with the SMO plugin', async () => {
  sh('yarn workspace app build');
});

test('the backend serves the SMO API and ingests the SMO kinds', async () => {
  backend = spawn(
    'yarn',
    [
      'workspace',
      'backend',
      'start',
      '--config',
      '../../app-config.yaml',
      '--config',
      '../../app-config.local.yaml',
    ],
    { cwd: appDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const started = watchStartup(backend);
  // Ceilings for a cold, loaded machine; a backend that reports a failed start-up ends the wait at once.
  const ready = async () => {
    const token = await waitForGuestToken(base, 420_000);
    await expect
      .poll(
        async () => {
          const res = await fetch(
            `${base}/api/smo/readiness/component/default/fraud-screening`,
            { headers: { authorization: `Bearer ${token}` } },
          );
          return res.ok ? (await res.json()).verdict : res.status;
        },
        {
          message: 'the SMO entities and a readiness result',
          timeout: 420_000,
          intervals: [1000],
        },
      )
      .toBe('not-ready');
  };
  await Promise.race([ready(), started.failed]).catch(e => {
    // In full here: the report keeps only a failure's first lines.
    console.log(started.errorLines());
    throw new Error(
      `${
        e.message
      }: ${started.firstError()} (all its error lines are printed above)`,
    );
  });
});

test('in the browser: Governance tab of a component', async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
  await page.goto(base);
  await page.getByRole('button', { name: 'Enter' }).click();
  // Signed in once the sign-in page is gone: navigating away before would abort the sign-in.
  await page
    .getByRole('button', { name: 'Enter' })
    .waitFor({ state: 'detached' });
  await page.goto(
    `${base}/catalog/default/component/fraud-screening/governance`,
  );
  await page.getByText(/Not ready for service/).waitFor();
  await page.getByText('ops.runbook').first().waitFor();
});

test('in the browser: ServiceOffering and ServiceLevelAgreement pages', async () => {
  await page.goto(`${base}/catalog/default/serviceoffering/online-checkout`);
  await page.getByText('tier-1').first().waitFor();
  await page.goto(
    `${base}/catalog/default/servicelevelagreement/sla-loyalty-programme`,
  );
  await page
    .getByText(/Expired on 2026-03-31/)
    .first()
    .waitFor();
});

test('in the browser: the SMO portfolio page', async () => {
  await page.goto(`${base}/smo`);
  await page.getByText('Fraud Screening').first().waitFor();
});
