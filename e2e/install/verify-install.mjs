// Install verification: a fresh app from the Backstage release template our version matches, our packages from
// `yarn pack` tarballs (no workspace links), wired by applying docs/install.md literally, started, and checked in
// Chromium. Writes a Jest-style JSON report (argv[2]) for scripts/test-all.mjs. Run inside ./run (Node ≥ 22, yarn 4).
import { execSync, spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRun,
  guestToken,
  launchChromium,
  poll,
  stopGroup,
} from '../lib/harness.mjs';
import { applyStep, readSteps } from './installSteps.mjs';

const root = new URL('../..', import.meta.url).pathname;
const reportFile =
  process.argv[2] ?? join(root, 'e2e/artifacts/install-report.json');
const CREATE_APP = '@backstage/create-app@0.9.2'; // the template of Backstage 1.55 (backstage.json)
const port = Number(process.env.INSTALL_BACKEND_PORT ?? 7047);
const base = `http://localhost:${port}`;
const work = mkdtempSync(join(tmpdir(), 'smo-install-'));
const appDir = join(work, 'app');
const sh = (command, cwd = appDir, env = process.env) =>
  execSync(command, { cwd, stdio: 'inherit', env });

// yarn 4.13 resolving a new lockfile under the downloaded Node 24 crashes intermittently ("The `onCancel` handler was
// attached after the promise settled", ../shared notes); the machine's own Node runs yarn fine. So yarn's install
// steps run with the machine's Node first on PATH, as a developer's shell would; builds and the backend use Node 24.
const yarnEnv = {
  ...process.env,
  PATH: (process.env.PATH ?? '')
    .split(':')
    .filter(dir => !dir.includes('/.tools/node-'))
    .join(':'),
};

const { test, record, writeReport, elapsed } = createRun();

const PACKAGES = {
  '@smo-backstage/plugin-smo': 'plugins/smo',
  '@smo-backstage/plugin-smo-backend': 'plugins/smo-backend',
  '@smo-backstage/plugin-smo-common': 'plugins/smo-common',
  '@smo-backstage/plugin-smo-node': 'plugins/smo-node',
  '@smo-backstage/plugin-catalog-backend-module-smo':
    'plugins/catalog-backend-module-smo',
};

/**
 * What this machine needs before any install step, as for our own repo (docs/development.md): no vendored yarn (ours
 * is on PATH), the registry mirror's pins, and our unpublished packages resolved to the tarballs. Not install steps.
 */
function prepareEnvironment(tarballs) {
  const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const pkgPath = join(appDir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
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

let backend;
let browser;
try {
  const created = await test(`a fresh app from ${CREATE_APP}`, async () => {
    execSync(`npx --yes ${CREATE_APP} --skip-install --path ${appDir}`, {
      input: 'smo-install-check\n',
      stdio: ['pipe', 'ignore', 'inherit'],
    });
  });
  const packed =
    created &&
    (await test('our packages pack into tarballs', async () => {
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
    }));
  const installed =
    packed &&
    (await test('docs/install.md applies to the fresh app', async () => {
      const steps = readSteps(
        readFileSync(join(root, 'docs/install.md'), 'utf8'),
      );
      if (steps.length < 4)
        throw new Error(
          `only ${steps.length} verify steps found in docs/install.md`,
        );
      for (const step of steps) applyStep(step, appDir, yarnEnv);
      sh('yarn install', appDir, yarnEnv);
    }));
  const built =
    installed &&
    (await test('the app builds with the SMO plugin', async () =>
      sh('yarn workspace app build')));

  if (built) {
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
      {
        cwd: appDir,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    backend.stdout.on('data', d => (output += d));
    backend.stderr.on('data', d => (output += d));
    const deadline = Date.now() + 240_000;

    await test('the backend serves the SMO API and ingests the SMO kinds', async () => {
      const token = await poll(
        'a guest token',
        () => guestToken(base),
        deadline,
      );
      await poll(
        'the SMO entities and a readiness result',
        async () => {
          const res = await fetch(
            `${base}/api/smo/readiness/component/default/fraud-screening`,
            {
              headers: { authorization: `Bearer ${token}` },
            },
          );
          return res.ok && (await res.json()).verdict === 'not-ready';
        },
        deadline,
      ).catch(e => {
        throw new Error(`${e.message}\n${output.slice(-2000)}`);
      });
    });

    browser = await launchChromium();
    const page = await browser.newPage({
      viewport: { width: 1360, height: 900 },
    });
    page.setDefaultTimeout(30_000);
    // A failing browser check leaves a screenshot of what was on screen.
    const inBrowser = (name, fn) =>
      test(name, () =>
        fn().catch(async e => {
          mkdirSync(join(root, 'e2e/artifacts'), { recursive: true });
          await page
            .screenshot({
              path: join(
                root,
                `e2e/artifacts/install-${name.replace(/\W+/g, '-')}.png`,
              ),
            })
            .catch(() => {});
          throw e;
        }),
      );

    await inBrowser(
      'in the browser: Governance tab of a component',
      async () => {
        await page.goto(base);
        await page.getByRole('button', { name: 'Enter' }).click();
        await page.goto(
          `${base}/catalog/default/component/fraud-screening/governance`,
        );
        await page.getByText(/Not ready for service/).waitFor();
        await page.getByText('ops.runbook').first().waitFor();
      },
    );
    await inBrowser(
      'in the browser: ServiceOffering and ServiceLevelAgreement pages',
      async () => {
        await page.goto(
          `${base}/catalog/default/serviceoffering/online-checkout`,
        );
        await page.getByText('tier-1').first().waitFor();
        await page.goto(
          `${base}/catalog/default/servicelevelagreement/sla-loyalty-programme`,
        );
        await page
          .getByText(/Expired on 2026-03-31/)
          .first()
          .waitFor();
      },
    );
    await inBrowser('in the browser: the SMO portfolio page', async () => {
      await page.goto(`${base}/smo`);
      await page.getByText('Fraud Screening').first().waitFor();
    });
  }
} catch (e) {
  record('install verification', false, e.message);
} finally {
  await browser?.close().catch(() => {});
  if (backend) stopGroup(backend);
  rmSync(work, { recursive: true, force: true });
}

const failed = writeReport(reportFile);
console.log(`  install verification finished in ${elapsed()}`);
process.exit(failed === 0 ? 0 : 1);
