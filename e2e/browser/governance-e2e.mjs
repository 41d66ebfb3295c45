// Browser e2e of the Governance UI: builds the demo app, serves it from the real demo backend on a spare port,
// drives it in headless Chromium through playwright-core, and checks what a person sees against what the SMO API
// says. Screenshots go to e2e/artifacts/; `--update-docs` also copies the ones docs/ui.md shows into
// docs/screenshots/. Writes a Jest-style JSON report (argv[2]) so scripts/test-all.mjs can count it.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  createRun,
  expect,
  guestToken,
  launchChromium,
  poll as pollUntil,
  signedInAs,
  smoApi,
  stopGroup,
} from '../lib/harness.mjs';
import { HANDOVER_DOC_SHOTS, handoverScenario } from './handover-e2e.mjs';
import { smoPageVisits } from './smo-page-visits.mjs';

const root = new URL('../..', import.meta.url).pathname;
const reportFile = process.argv[2] ?? join(root, 'e2e/artifacts/report.json');
const updateDocs = process.argv.includes('--update-docs');
const port = Number(process.env.E2E_BACKEND_PORT ?? 7027);
const base = `http://localhost:${port}`;
const artifacts = join(root, 'e2e/artifacts');
// Backend start, catalog ingestion (10-30 s) and the first readiness sweep (15 s after start) fit well inside this.
const deadline = Date.now() + 240_000;
mkdirSync(artifacts, { recursive: true });

const { test, record, writeReport, elapsed } = createRun();
const poll = (what, fn, until = deadline) => pollUntil(what, fn, until);
const finish = () => {
  const failed = writeReport(reportFile);
  console.log(`  e2e finished in ${elapsed()}`);
  return failed === 0 ? 0 : 1;
};

// 1. The app, built for production (rspack: seconds) and served by the backend's app-backend, which injects the
// runtime config (app and backend base URL) — more robust on 2 cores than a dev server with file watchers.
const build = spawnSync('yarn', ['workspace', 'app', 'build'], {
  cwd: root,
  encoding: 'utf8',
});
const log = build.error?.message ?? `${build.stdout}${build.stderr}`;
if (!record('app builds', build.status === 0, `\n${log.slice(-3000)}`)) {
  process.exit(finish());
}

const backend = spawn('yarn', ['workspace', 'backend', 'start'], {
  cwd: root,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env,
    APP_CONFIG_backend_listen_port: String(port),
    APP_CONFIG_backend_baseUrl: base,
    APP_CONFIG_app_baseUrl: base,
    APP_CONFIG_backend_cors_origin: base,
  },
});
let output = '';
backend.stdout.on('data', d => (output += d));
backend.stderr.on('data', d => (output += d));

let browser;
const shots = [];
async function shoot(page, name, options = {}) {
  await page.screenshot({ path: shoot.path(name), ...options });
}
/** The artifact path of a screenshot, for element screenshots (`locator.screenshot({ path })`). */
shoot.path = name => {
  shots.push(name);
  return join(artifacts, `${name}.png`);
};

try {
  const token = await poll('a guest token', () => guestToken(base));
  const api = async path => {
    const res = await fetch(`${base}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return res.json();
  };
  const smo = smoApi(base, token);
  const componentPath = name => ({
    path: { kind: 'component', namespace: 'default', name },
  });

  await test('the readiness sweep scores every example component', async () => {
    await poll('the examples and the first sweep', async () => {
      const catalog = await api(
        '/api/catalog/entities/by-query?limit=1&filter=kind=component',
      );
      const portfolio = await smo.listReadiness({ query: { limit: 1 } });
      return (
        catalog.totalItems >= 10 && portfolio.totalCount >= catalog.totalItems
      );
    });
  });

  browser = await launchChromium();
  const page = await browser.newPage({
    viewport: { width: 1360, height: 900 },
  });
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));

  await test('the demo guest signs in from the list of demo people and sees the SMO sidebar item', async () => {
    await page.goto(base);
    await page.getByRole('button', { name: 'Sign in as Grace Kim' }).waitFor();
    await shoot(page, 'demo-sign-in');
    await page.getByRole('button', { name: 'Sign in as Demo Guest' }).click();
    await page.getByRole('link', { name: 'SMO' }).first().waitFor();
  });

  await test('ready component (loyalty-api): readiness card on the overview, "Ready for service" on the Governance tab', async () => {
    const expected = await smo.getReadiness(componentPath('loyalty-api'));
    expect(
      expected.verdict === 'ready',
      `API says ${expected.verdict}; the demo expects loyalty-api to be ready`,
    );
    await page.goto(`${base}/catalog/default/component/loyalty-api`);
    const card = page.locator('.MuiCard-root', {
      hasText: 'Service readiness',
    });
    await card.getByText('Every blocking check is met.').waitFor();
    await card.scrollIntoViewIfNeeded();
    await shoot(page, 'readiness-card-ready');

    await card.getByRole('link', { name: /View governance/ }).click();
    await page.waitForURL(/\/loyalty-api\/governance$/);
    await page.getByText('Ready for service').waitFor();
    await page
      .getByRole('img', {
        name: `Readiness score ${expected.score} out of 100`,
      })
      .waitFor();
    expect(
      (await page.getByRole('list', { name: 'Blockers' }).count()) === 0,
      'a ready component lists blockers',
    );
    await page.getByText(expected.tier, { exact: true }).first().waitFor();
    await shoot(page, 'governance-ready');
  });

  /** Opens the Governance tab and checks banner and blocker list against the API's blockers. */
  async function expectBlockers(name, mustInclude) {
    const expected = await smo.getReadiness(componentPath(name));
    expect(
      expected.verdict === 'not-ready',
      `API says ${name} is ${expected.verdict}`,
    );
    for (const id of mustInclude) {
      expect(
        expected.blockers.includes(id),
        `API blockers of ${name} lack ${id}: ${expected.blockers}`,
      );
    }
    await page.goto(`${base}/catalog/default/component/${name}/governance`);
    const n = expected.blockers.length;
    await page
      .getByText(`Not ready for service — ${n} blocker${n === 1 ? '' : 's'}`)
      .waitFor();
    const items = page
      .getByRole('list', { name: 'Blockers' })
      .getByRole('listitem');
    const texts = await items.allInnerTexts();
    expect(texts.length === n, `shows ${texts.length} blockers, API has ${n}`);
    expected.blockers.forEach((id, i) => {
      expect(
        texts[i].includes(id),
        `blocker ${i + 1} should be ${id}: ${texts[i]}`,
      );
      expect(
        texts[i].includes('How to fix:'),
        `blocker ${id} has no how-to-fix`,
      );
    });
    return { expected, texts };
  }

  await test('not-ready component (fraud-screening): blockers ops.runbook and continuity.recovery-objectives, each with how to fix', async () => {
    await expectBlockers('fraud-screening', [
      'ops.runbook',
      'continuity.recovery-objectives',
    ]);
    await page.getByRole('img', { name: /^Score trend\./ }).waitFor();
    await shoot(page, 'governance-not-ready');
    await shoot(page, 'governance-not-ready-full', { fullPage: true });
  });

  await test('not-ready component (product-search): the missing owner team-search is a blocker', async () => {
    const { texts } = await expectBlockers('product-search', ['ops.owner']);
    const owner = texts.find(t => t.includes('ops.owner'));
    expect(
      owner.includes('team-search'),
      `ops.owner blocker does not name team-search: ${owner}`,
    );
  });

  await test('portfolio (/smo from the sidebar): the verdict filter narrows the rows to the not-ready ones', async () => {
    const all = await smo.listReadiness({ query: { limit: 500 } });
    const notReady = await smo.listReadiness({
      query: { limit: 500, verdict: 'not-ready' },
    });
    expect(
      notReady.totalCount > 0 && notReady.totalCount < all.totalCount,
      'the demo needs ready and not-ready components',
    );

    await page.getByRole('link', { name: 'SMO' }).first().click();
    await page.waitForURL(/\/smo$/);
    const rows = page
      .getByRole('table', { name: 'Scored components' })
      .locator('tbody tr');
    const range = total => `1-${Math.min(25, total)} of ${total}`;
    await page.getByText(range(all.totalCount)).waitFor();
    expect(
      (await rows.count()) === Math.min(25, all.totalCount),
      `table shows ${await rows.count()} rows`,
    );
    const ready = all.items.filter(i => i.verdict === 'ready').length;
    await page
      .getByText(`${ready} of ${all.totalCount} components ready`)
      .waitFor();
    await shoot(page, 'portfolio');

    await page.getByRole('button', { name: /Verdict/ }).click();
    await page.getByRole('option', { name: 'Not ready' }).click();
    await page.waitForURL(/verdict=not-ready/);
    await page.getByText(range(notReady.totalCount)).waitFor();
    await poll(
      'the filtered rows',
      async () => (await rows.count()) === Math.min(25, notReady.totalCount),
    );
    const verdicts = await rows.locator('td:nth-child(2)').allInnerTexts();
    expect(
      verdicts.every(v => v.trim() === 'Not ready'),
      `rows after filtering: ${verdicts}`,
    );
    const names = await rows.locator('th').allInnerTexts();
    expect(
      !names.some(n => n.startsWith('Loyalty API')),
      'loyalty-api is still listed',
    );
    await page
      .getByText(`0 of ${notReady.totalCount} components ready`)
      .waitFor();
    await shoot(page, 'portfolio-not-ready', { fullPage: true });
  });

  await smoPageVisits({
    browser,
    base,
    test,
    label: 'production build',
    shotPath: shoot.path,
  });

  await test('dark theme: the Governance tab renders with the theme palette', async () => {
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    await page.goto(
      `${base}/catalog/default/component/fraud-screening/governance`,
    );
    await page.getByText('Not ready for service').waitFor();
    const background = await page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );
    expect(background !== 'rgb(255, 255, 255)', 'body is still white');
    await shoot(page, 'governance-not-ready-dark');
  });

  // The gatekeeper workflow on the same backend; it changes online-checkout-web, so it runs after the checks above.
  await page.evaluate(() => localStorage.setItem('theme', 'light'));
  await handoverScenario({
    // Each person in a browser context of their own, signed in on the demo's sign-in page.
    signIn: async who => {
      const own = await signedInAs(browser, base, who, 30_000);
      own.on('pageerror', e => errors.push(`${who}: ${e.message}`));
      return own;
    },
    base,
    smo,
    test,
    expect,
    // Past the start-up deadline: each wait in the scenario gets its own 30 s.
    poll: (what, fn) => poll(what, fn, Date.now() + 30_000),
    shoot,
  });

  await test('no uncaught errors in the page', async () => {
    expect(errors.length === 0, errors.join('; '));
  });
} catch (e) {
  record(
    'demo starts',
    false,
    `${e.message}\n--- backend output ---\n${output.slice(-4000)}`,
  );
} finally {
  await browser?.close();
  stopGroup(backend);
}

if (updateDocs) {
  const docs = join(root, 'docs/screenshots');
  mkdirSync(docs, { recursive: true });
  for (const name of [
    'governance-not-ready',
    'governance-ready',
    'readiness-card-ready',
    'portfolio-not-ready',
    'demo-sign-in',
    ...HANDOVER_DOC_SHOTS,
  ]) {
    const from = join(artifacts, `${name}.png`);
    if (existsSync(from)) copyFileSync(from, join(docs, `${name}.png`));
  }
}
console.log(`  screenshots in e2e/artifacts: ${shots.join(', ')}`);
process.exit(finish());
