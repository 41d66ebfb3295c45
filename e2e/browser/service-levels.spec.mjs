// Service levels as a person sees them, checked against what the SMO API says the demo's incidents give: the SLA's
// Service levels tab (chart, months, the breach traced to the OLA), the offering's report in business terms with its
// CSV, the SMO page's month across offerings (month chosen with the keyboard), and the sla.attainment check.
import { readFileSync } from 'node:fs';
import { expect, shotPath, test } from './fixtures.mjs';

test.describe.configure({ mode: 'serial' });

const SLA = {
  path: {
    kind: 'servicelevelagreement',
    namespace: 'default',
    name: 'sla-online-checkout',
  },
};

/** The SLA's report once the service-level task has computed a breached month traced to an underpinning OLA. */
async function computedReport(smo) {
  let report;
  await expect
    .poll(
      async () => {
        report = await smo.getServiceLevels(SLA);
        return report.agreements[0]?.months.some(m =>
          m.figures.targets.some(t =>
            t.breaches.some(b => b.underpinning.length > 0),
          ),
        );
      },
      {
        message: 'the service-level task computed the demo incidents',
        timeout: 180_000,
        intervals: [2000],
      },
    )
    .toBe(true);
  return report;
}

const monthName = month =>
  new Date(`${month}-01T00:00:00Z`).toLocaleString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

test("an SLA's Service levels tab: attainment per target and month, and the breach traced to the OLA", async ({
  guest: page,
  demo,
}) => {
  const report = await computedReport(demo.smo);
  const [agreement] = report.agreements;
  const breached = agreement.months.find(m =>
    m.figures.targets.some(t =>
      t.breaches.some(b => b.underpinning.length > 0),
    ),
  );
  const breach = breached.figures.targets
    .flatMap(t => t.breaches)
    .find(b => b.underpinning.length > 0);

  await page.goto('/catalog/default/servicelevelagreement/sla-online-checkout');
  await page.getByRole('link', { name: 'Service levels', exact: true }).click();
  await page.waitForURL(/\/sla-online-checkout\/service-levels$/);
  const chart = page.getByRole('img', {
    name: /^Attainment by target and month\./,
  });
  await expect(chart).toHaveAttribute(
    'aria-label',
    new RegExp(`targets missed in .*${monthName(breached.month)}`),
  );

  const months = page.getByRole('table', { name: 'Months' });
  await expect(months.getByRole('row')).toHaveCount(
    agreement.months.length + 1,
  );
  await expect(
    months.getByRole('row', {
      name: new RegExp(`^${monthName(breached.month)} Breached`),
    }),
  ).toBeVisible();

  const breaches = page.getByRole('table', { name: 'Breaches' });
  const row = breaches.getByRole('row', {
    name: new RegExp(breach.incidentId),
  });
  await expect(row).toContainText(breach.summary);
  await expect(row).toContainText(
    /ola-platform-hosting: missed \(.+ against .+\)/,
  );
  await page.setViewportSize({ width: 1360, height: 1900 });
  await page.screenshot({ path: shotPath('service-levels-agreement') });

  // Coming back to the page reads the same.
  await page.reload();
  await expect(
    page
      .getByRole('table', { name: 'Breaches' })
      .getByRole('row', { name: new RegExp(breach.incidentId) }),
  ).toBeVisible();
});

test("an offering's service-level report in business terms, exported as CSV", async ({
  guest: page,
  demo,
}) => {
  const report = await demo.smo.getServiceLevels({
    path: {
      kind: 'serviceoffering',
      namespace: 'default',
      name: 'online-checkout',
    },
  });
  await page.goto(
    '/catalog/default/serviceoffering/online-checkout/service-levels',
  );
  await page.getByText('Service-level report').waitFor();
  const [first] = report.agreements;
  const latest = first.months[first.months.length - 1];
  await expect(
    page
      .getByRole('table', { name: 'Every month' })
      .getByRole('row', {
        name: new RegExp(`^${monthName(latest.month)} `),
      })
      .first(),
  ).toContainText(latest.summary[0]);
  await page.setViewportSize({ width: 1360, height: 1600 });
  await page.screenshot({ path: shotPath('service-levels-offering') });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^service-levels-online-checkout-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    'month,agreement,agreementTitle,status,availabilityPercent,availabilityPromised,outageMinutes,incidentsLate,incidents,summary,frozen',
  );
  expect(lines).toHaveLength(
    report.agreements.reduce((n, a) => n + a.months.length, 0) + 1,
  );
});

test("the SMO page's month across offerings, worst first, the month chosen with the keyboard", async ({
  guest: page,
  demo,
}) => {
  const report = await computedReport(demo.smo);
  const breached = report.agreements[0].months.find(
    m => m.status === 'breached',
  );
  const expected = await demo.smo.listServiceLevels({
    query: { month: breached.month, limit: 20 },
  });

  await page.goto('/smo');
  // Exact: the executive view's heading speaks of "service levels of <month>" too.
  await page
    .getByRole('heading', { name: 'Service levels', exact: true })
    .scrollIntoViewIfNeeded();
  const picker = page.getByRole('button', { name: /Month/ });
  await picker.focus();
  await page.keyboard.press('Enter');
  const option = page.getByRole('option', { name: monthName(breached.month) });
  await option.waitFor();
  // Walk the list with the arrow keys to the breached month, then choose it.
  for (
    let i = 0;
    i < 13 && !(await option.evaluate(el => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');

  const table = page.getByRole('table', {
    name: `${monthName(breached.month)}: ${expected.totalCount} ${
      expected.totalCount === 1 ? 'offering' : 'offerings'
    }, worst first`,
  });
  await table.waitFor();
  const firstCells = await table
    .getByRole('row')
    .nth(1)
    .getByRole('cell')
    .allTextContents();
  expect(firstCells[0]).toBe(
    expected.items[0].title ?? expected.items[0].offeringRef.split('/')[1],
  );
  expect(firstCells[1]).toContain(
    expected.items[0].status === 'breached' ? 'Breached' : '',
  );
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shotPath('smo-service-levels') });
});

test('the sla.attainment check on a Governance tab says what the last closed month says', async ({
  guest: page,
  demo,
}) => {
  await computedReport(demo.smo);
  const path = {
    path: {
      kind: 'component',
      namespace: 'default',
      name: 'online-checkout-web',
    },
  };
  // The sweep after the service-level task reads the figures (the demo sweeps every minute).
  let check;
  await expect
    .poll(
      async () => {
        check = (await demo.smo.getReadiness(path)).checks.find(
          c => c.id === 'sla.attainment',
        );
        return check.status;
      },
      { timeout: 180_000, intervals: [2000] },
    )
    .toMatch(/^(pass|fail)$/);
  await page.goto('/catalog/default/component/online-checkout-web/governance');
  await expect(page.getByText(check.message).first()).toBeVisible();
});
