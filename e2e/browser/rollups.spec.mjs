// Governance above the component as a person sees it, checked against what the SMO API says: an offering's
// Governance tab (its verdict, its weakest components, a dependency path at risk) now and as of a month ago, the
// SMO page's portfolio trend by offering with the demo's change of standard marked, and the executive view's CSV.
import { readFileSync } from 'node:fs';
import { expect, shotPath, test } from './fixtures.mjs';

test.describe.configure({ mode: 'serial' });

const OFFERING = {
  path: {
    kind: 'serviceoffering',
    namespace: 'default',
    name: 'online-checkout',
  },
};
const monthAgo = () =>
  new Date(Date.now() - 30 * 864e5).toISOString().slice(0, 10);

/** Waits until the demo's past has been written (its change of standard is the sign) and returns it. */
async function demoPast(smo) {
  let changes;
  await expect
    .poll(
      async () => {
        changes = await smo.listStandardChanges({ query: {} });
        return changes.totalCount;
      },
      {
        message: 'the demo history was written',
        timeout: 180_000,
        intervals: [2000],
      },
    )
    .toBeGreaterThan(0);
  return changes.items;
}

test("an offering's Governance tab: its verdict, its weakest components and what it depends on, now and a month ago", async ({
  guest: page,
  demo,
}) => {
  await demoPast(demo.smo);
  const rollup = await demo.smo.getRollup(OFFERING);
  expect(rollup.weakest.length).toBeGreaterThan(0);

  await page.goto('/catalog/default/serviceoffering/online-checkout');
  await page.getByRole('link', { name: 'Governance', exact: true }).click();
  await page.waitForURL(/\/online-checkout\/governance$/);
  await expect(
    page
      .getByText(rollup.verdict === 'ready' ? /^Ready/ : /^Not ready/)
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByText(
        `${rollup.members.ready} of ${rollup.members.counted} components ready`,
      )
      .first(),
  ).toBeVisible();
  // The weakest component first, linked.
  const weakest = page.getByRole('table', { name: 'Weakest first' });
  const firstName = rollup.weakest[0].entityRef.split('/')[1];
  await expect(
    weakest.getByRole('row').nth(1).getByRole('link').first(),
  ).toHaveAttribute('href', new RegExp(`/component/${firstName}$`));
  await expect(weakest.getByRole('row')).toHaveCount(rollup.weakest.length + 1);
  // A dependency path at risk, written out.
  if (rollup.dependencyRisks.length > 0) {
    await expect(
      page.getByText(/Online Checkout → |online-checkout → /).first(),
    ).toBeVisible();
  }
  await page.setViewportSize({ width: 1360, height: 1800 });
  await page.screenshot({ path: shotPath('rollup-offering') });

  // As of a month ago, chosen in the date field: the state recorded then, and a way back.
  const past = await demo.smo.getRollup({
    ...OFFERING,
    query: { asOf: monthAgo() },
  });
  const field = page.getByLabel('As of');
  await field.fill(monthAgo());
  await expect(page.getByRole('status')).toContainText(
    /Showing the state recorded/,
  );
  await expect(page).toHaveURL(new RegExp(`asOf=${monthAgo()}`));
  await expect(
    page
      .getByRole('img', { name: `Readiness score ${past.score} out of 100` })
      .first(),
  ).toBeVisible();

  // Coming back (reload) keeps the date; "Back to now" returns to today's state.
  await page.reload();
  await expect(page.getByRole('status')).toContainText(
    /Showing the state recorded/,
  );
  await page.getByRole('button', { name: 'Back to now' }).first().click();
  await expect(page).not.toHaveURL(/asOf=/);
  await expect(
    page
      .getByRole('img', { name: `Readiness score ${rollup.score} out of 100` })
      .first(),
  ).toBeVisible();
});

test('the SMO page: the portfolio trend by offering with the change of standard marked, and the executive view as CSV', async ({
  guest: page,
  demo,
}) => {
  const [change] = await demoPast(demo.smo);
  const executive = await demo.smo.getExecutiveSummary({
    query: { limit: 200 },
  });

  await page.goto('/smo');
  await page
    .getByRole('heading', { name: 'Portfolio trend' })
    .scrollIntoViewIfNeeded();
  const chart = page.getByRole('img', { name: /^Readiness score by offering/ });
  await expect(chart).toHaveAttribute('aria-label', /The standard changed/);
  await expect(chart).toHaveAttribute(
    'aria-label',
    new RegExp(change.changes[0].checkId.replace('.', '\\.')),
  );
  await expect(
    page.getByRole('list', { name: 'Changes of standard' }).first(),
  ).toContainText(change.summary);
  await chart.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shotPath('smo-portfolio-trend') });

  // By team, chosen with the keyboard.
  const by = page.getByRole('button', { name: /Lines by/ });
  await by.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Team' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('img', { name: /^Readiness score by team/ }),
  ).toBeVisible();

  // The executive view: a row per business offering, weakest first, and the same rows as CSV.
  await page
    .getByRole('heading', { name: 'Executive view' })
    .scrollIntoViewIfNeeded();
  const table = page.getByRole('table', {
    name: new RegExp(
      `^${executive.totalCount} business offerings, weakest first`,
    ),
  });
  await expect(table.getByRole('row').nth(1)).toContainText(
    executive.items[0].title ?? executive.items[0].offeringRef.split('/')[1],
  );
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shotPath('smo-executive-view') });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator('#smo-executive-view')
      .getByRole('button', { name: 'Export CSV' })
      .click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(executive.totalCount + 1);
});
