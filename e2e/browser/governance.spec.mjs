// The Governance UI as a person sees it, checked against what the SMO API says: the demo's sign-in page, the readiness
// card and Governance tab of a ready and of not-ready components, the portfolio's verdict filter, the dark theme.
import { expect, shotPath, test } from './fixtures.mjs';

const componentPath = name => ({
  path: { kind: 'component', namespace: 'default', name },
});

test('the readiness sweep scores every example component', async ({ demo }) => {
  const components = await demo.catalogCount();
  const { totalCount } = await demo.smo.listReadiness({ query: { limit: 1 } });
  expect(components).toBeGreaterThanOrEqual(10);
  expect(totalCount).toBeGreaterThanOrEqual(components);
});

test('the demo guest signs in from the list of demo people and sees the SMO sidebar item', async ({
  page,
  demo,
}) => {
  void demo;
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Grace Kim' }).waitFor();
  await page.screenshot({ path: shotPath('demo-sign-in') });
  await page.getByRole('button', { name: 'Sign in as Demo Guest' }).click();
  await expect(page.getByRole('link', { name: 'SMO' }).first()).toBeVisible();
});

test('ready component (loyalty-api): readiness card on the overview, "Ready for service" on the Governance tab', async ({
  guest: page,
  demo,
}) => {
  const expected = await demo.smo.getReadiness(componentPath('loyalty-api'));
  expect(expected.verdict, 'the demo expects loyalty-api to be ready').toBe(
    'ready',
  );
  await page.goto('/catalog/default/component/loyalty-api');
  const card = page.locator('.MuiCard-root', { hasText: 'Service readiness' });
  await card.getByText('Every blocking check is met.').waitFor();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shotPath('readiness-card-ready') });

  await card.getByRole('link', { name: /View governance/ }).click();
  await page.waitForURL(/\/loyalty-api\/governance$/);
  await page.getByText('Ready for service').waitFor();
  await page
    .getByRole('img', { name: `Readiness score ${expected.score} out of 100` })
    .waitFor();
  await expect(page.getByRole('list', { name: 'Blockers' })).toHaveCount(0);
  await page.getByText(expected.tier, { exact: true }).first().waitFor();
  await page.screenshot({ path: shotPath('governance-ready') });
});

/** Opens the Governance tab of `name` and checks banner and blocker list against the API's blockers. */
async function expectBlockers(page, smo, name, mustInclude) {
  const expected = await smo.getReadiness(componentPath(name));
  expect(expected.verdict, `API verdict of ${name}`).toBe('not-ready');
  expect(expected.blockers).toEqual(expect.arrayContaining(mustInclude));
  await page.goto(`/catalog/default/component/${name}/governance`);
  const n = expected.blockers.length;
  await page
    .getByText(`Not ready for service — ${n} blocker${n === 1 ? '' : 's'}`)
    .waitFor();
  const items = page
    .getByRole('list', { name: 'Blockers' })
    .getByRole('listitem');
  await expect(items).toHaveCount(n);
  const texts = await items.allInnerTexts();
  expected.blockers.forEach((id, i) => {
    expect(texts[i], `blocker ${i + 1}`).toContain(id);
    expect(texts[i], `blocker ${id}`).toContain('How to fix:');
  });
  return texts;
}

test('not-ready component (fraud-screening): blocker continuity.recovery-objectives with how to fix; the missing runbook advisory under its campaign until the deadline', async ({
  guest: page,
  demo,
}) => {
  await expectBlockers(page, demo.smo, 'fraud-screening', [
    'continuity.recovery-objectives',
  ]);
  // The demo's campaign runbooks-2027 (issue 18) covers production services: until its deadline ops.runbook is
  // advisory for them, and the check says so.
  const { checks } = await demo.smo.getReadiness(
    componentPath('fraud-screening'),
  );
  const runbook = checks.find(c => c.id === 'ops.runbook');
  expect(runbook).toMatchObject({
    status: 'fail',
    severity: 'advisory',
    campaign: { id: 'runbooks-2027', enforced: false },
  });
  // Its row among the checks: the one with the campaign's note, linked to the campaign.
  const note = page.getByRole('link', {
    name: `Campaign ${runbook.campaign.title}: advisory until ${runbook.campaign.deadline}`,
  });
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: /ops\.runbook$/ }) })
    .filter({ has: note });
  await expect(row.getByRole('cell').nth(2)).toHaveText('Advisory');
  await expect(note).toHaveAttribute(
    'href',
    /\/smo\/campaigns\/runbooks-2027$/,
  );
  await page.getByRole('img', { name: /^Score trend, / }).waitFor();
  await page.screenshot({ path: shotPath('governance-not-ready') });
  await page.screenshot({
    path: shotPath('governance-not-ready-full'),
    fullPage: true,
  });
});

test('not-ready component (product-search): the missing owner team-search is a blocker', async ({
  guest: page,
  demo,
}) => {
  const texts = await expectBlockers(page, demo.smo, 'product-search', [
    'ops.owner',
  ]);
  expect(texts.find(t => t.includes('ops.owner'))).toContain('team-search');
});

test('portfolio (/smo from the sidebar): the verdict filter narrows the rows to the not-ready ones', async ({
  guest: page,
  demo,
}) => {
  const all = await demo.smo.listReadiness({ query: { limit: 500 } });
  const notReady = await demo.smo.listReadiness({
    query: { limit: 500, verdict: 'not-ready' },
  });
  expect(
    notReady.totalCount,
    'the demo needs not-ready components',
  ).toBeGreaterThan(0);
  expect(notReady.totalCount, 'the demo needs ready components').toBeLessThan(
    all.totalCount,
  );

  await page.getByRole('link', { name: 'SMO' }).first().click();
  await page.waitForURL(/\/smo$/);
  const rows = page
    .getByRole('table', { name: 'Scored components' })
    .locator('tbody tr');
  const range = total => `1-${Math.min(25, total)} of ${total}`;
  await page.getByText(range(all.totalCount)).waitFor();
  await expect(rows).toHaveCount(Math.min(25, all.totalCount));
  const ready = all.items.filter(i => i.verdict === 'ready').length;
  await page
    .getByText(`${ready} of ${all.totalCount} components ready`)
    .waitFor();
  await page.screenshot({ path: shotPath('portfolio') });

  await page.getByRole('button', { name: /Verdict/ }).click();
  await page.getByRole('option', { name: 'Not ready' }).click();
  await page.waitForURL(/verdict=not-ready/);
  await page.getByText(range(notReady.totalCount)).waitFor();
  await expect(rows).toHaveCount(Math.min(25, notReady.totalCount));
  for (const verdict of await rows.locator('td:nth-child(2)').allInnerTexts()) {
    expect(verdict.trim()).toBe('Not ready');
  }
  for (const name of await rows.locator('th').allInnerTexts()) {
    expect(name).not.toMatch(/^Loyalty API/);
  }
  await page
    .getByText(`0 of ${notReady.totalCount} components ready`)
    .waitFor();
  await page.screenshot({
    path: shotPath('portfolio-not-ready'),
    fullPage: true,
  });
});

test('dark theme: the Governance tab renders with the theme palette', async ({
  guest: page,
}) => {
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.goto('/catalog/default/component/fraud-screening/governance');
  await page.getByText('Not ready for service').waitFor();
  const background = await page.evaluate(
    () => getComputedStyle(document.body).backgroundColor,
  );
  expect(background, 'body background').not.toBe('rgb(255, 255, 255)');
  await page.screenshot({ path: shotPath('governance-not-ready-dark') });
});
