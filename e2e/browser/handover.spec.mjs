// The gatekeeper workflow in the browser, on the demo backend of playwright.config.mjs: distinct people of the example
// organisation, each signed in on the demo's sign-in page in a browser context of their own, walk online-checkout-web
// from "not ready" through attestations, a waiver, a handover with four sign-offs and early-life support to
// operational — as separation of duties requires (issue 14) — and the decision log is checked against every step.
// The steps build on each other, so they run in order and a failed step skips the rest. The demo database is in
// memory, so each run starts clean.
import { expect, shotPath, signInto, test } from './fixtures.mjs';

const ENTITY = 'component:default/online-checkout-web';
const TAB = '/catalog/default/component/online-checkout-web/governance';
// Who signs off in which role: the catalog gives each their role (examples/users.yaml, process-owners.yaml).
const SIGNERS = [
  ['Service owner', 'Grace Kim', 'user:default/grace.kim'],
  ['SMO approver', 'Amelia Hart', 'user:default/amelia.hart'],
  ['Incident process owner', 'Diego Ramirez', 'user:default/diego.ramirez'],
  ['Change process owner', 'Chloe Nguyen', 'user:default/chloe.nguyen'],
];
// What the decision log must hold at the end, by subject and action (sign-offs as sign-off:<role>:approve).
const EXPECTED_DECISIONS = [
  ['attestation', 'record'],
  ['attestation', 'record'],
  ['waiver', 'request'],
  ['waiver', 'approve'],
  ['handover', 'create'],
  ['handover', 'submit'],
  ['handover', 'start-review'],
  ['handover', 'sign-off:service-owner:approve'],
  ['handover', 'sign-off:smo-approver:approve'],
  ['handover', 'sign-off:incident-process-owner:approve'],
  ['handover', 'sign-off:change-process-owner:approve'],
  ['handover', 'accept'],
  ['handover', 'start-early-life-support'],
  ['handover', 'complete-early-life-support'],
];

test.describe.configure({ mode: 'serial' });

let people;
let grace;
let amelia;
let smo;

test.beforeAll(async ({ browser, demo }, testInfo) => {
  smo = demo.smo;
  people = signInto(browser, testInfo.project.use.baseURL);
  // The team's engineering lead asks; the SMO decides.
  grace = await people.signIn('Grace Kim');
  amelia = await people.signIn('Amelia Hart');
});

test.afterAll(async () => {
  await people?.close();
});

const card = (page, title) => page.locator('.MuiCard-root', { hasText: title });
const dialog = page => page.getByRole('dialog');
// Success alerts and notification toasts pile up during the walk; a reload clears them before a screenshot.
// The SMO page scrolls inside Backstage's content container: bring the gatekeeper section to the top of the view.
const showGatekeeperSection = page =>
  page
    .getByRole('region', { name: 'Gatekeeper' })
    .evaluate(el => el.scrollIntoView({ block: 'start' }));
const reloadAt = async (page, ready) => {
  await page.reload();
  await ready();
};
const readiness = () =>
  smo.getReadiness({
    path: {
      kind: 'component',
      namespace: 'default',
      name: 'online-checkout-web',
    },
  });

test('handover: online-checkout-web starts not ready, blocked by the missing attestations', async () => {
  const before = await readiness();
  expect(
    before.verdict,
    'the demo expects online-checkout-web to need attestations',
  ).toBe('not-ready');
  expect(before.blockers).toEqual(
    expect.arrayContaining(['continuity.restore-tested', 'security.review']),
  );
  for (const page of [grace, amelia]) {
    await page.goto(TAB);
    await page.getByText(/^Not ready for service/).waitFor();
  }
  await card(grace, 'Handover to operations')
    .getByRole('button', { name: 'Request handover' })
    .waitFor();
  await grace.screenshot({ path: shotPath('handover-not-ready') });
});

test('handover: Grace Kim (team-checkout) records restore-tested and security-review attestations', async () => {
  const page = grace;
  const attestations = card(page, 'Attestations');
  for (const [type, url, note] of [
    [
      'restore-tested',
      'https://evidence.northwind.example/restore/checkout-2026-11',
      'Restored the checkout database into staging in 38 minutes',
    ],
    [
      'security-review',
      'https://evidence.northwind.example/security/checkout-web',
      'Pen test passed, no high findings',
    ],
  ]) {
    await attestations.scrollIntoViewIfNeeded();
    await page.locator('#smo-attestation-type').click();
    await page.getByRole('option', { name: type, exact: true }).click();
    await page.getByLabel('Evidence URL').fill(url);
    await page.getByLabel('Note').fill(note);
    await attestations
      .getByRole('button', { name: 'Record attestation' })
      .click();
    await attestations
      .getByRole('table', { name: 'History' })
      .getByRole('cell', { name: note })
      .waitFor();
  }
  const after = await readiness();
  expect(after.blockers).not.toContain('continuity.restore-tested');
  expect(after.blockers).not.toContain('security.review');
  await attestations.screenshot({
    path: shotPath('handover-attestations'),
  });
});

test('handover: Grace Kim requests a waiver for the advisory release.rollback-tested, cannot decide it, Amelia Hart (SMO) approves it', async () => {
  const check = (await readiness()).checks.find(
    c => c.id === 'release.rollback-tested',
  );
  expect(check).toMatchObject({ severity: 'advisory', status: 'fail' });
  const requested = card(grace, 'Waivers');
  await requested
    .getByRole('button', { name: `Request waiver for ${check.title}` })
    .click();
  await dialog(grace)
    .getByLabel(/Justification/)
    .fill(
      'First release of the new checkout: rollback drill is planned with the next release train',
    );
  // The dialog fades in; screenshot it once it is opaque.
  await grace.waitForTimeout(400);
  await grace.screenshot({ path: shotPath('handover-waiver-request') });
  await dialog(grace).getByRole('button', { name: 'Request waiver' }).click();
  // The requester is told why she cannot decide her own waiver.
  await requested
    .getByText(
      'You requested this waiver. Separation of duties: the requester of a waiver cannot decide it; someone else from the SMO must.',
    )
    .waitFor();

  const waivers = card(amelia, 'Waivers');
  const approve = waivers.getByRole('button', {
    name: `Approve the waiver for ${check.title}`,
  });
  await reloadAt(amelia, () => approve.waitFor());
  await approve.click();
  await dialog(amelia)
    .getByLabel(/Comment/)
    .fill('Accepted until the next release train');
  await dialog(amelia).getByRole('button', { name: 'Approve' }).click();
  await waivers
    .getByRole('button', { name: `Revoke the waiver for ${check.title}` })
    .waitFor();
  await expect
    .poll(
      async () =>
        (await readiness()).checks.find(c => c.id === 'release.rollback-tested')
          ?.status,
      { message: 'the waived check' },
    )
    .toBe('waived');
});

const handover = page => card(page, 'Handover to operations');
const state = (page, label) =>
  handover(page)
    .getByRole('group', { name: `Handover state: ${label}` })
    .waitFor();
const act = async (page, label, next) => {
  await handover(page)
    .getByRole('button', { name: label, exact: true })
    .click();
  await state(page, next);
};

test('handover: Grace Kim requests and submits it, Amelia Hart starts the review', async () => {
  await handover(grace).scrollIntoViewIfNeeded();
  await handover(grace)
    .getByRole('button', { name: 'Request handover' })
    .click();
  await state(grace, 'Draft');
  await act(grace, 'Submit', 'Submitted');
  await reloadAt(amelia, () => state(amelia, 'Submitted'));
  await act(amelia, 'Start review', 'In review');
  await handover(amelia)
    .getByText(/approving sign-offs are missing/)
    .waitFor();
});

test('handover: four people sign off, one role each; the requester is not offered the SMO approval', async () => {
  await reloadAt(grace, () => state(grace, 'In review'));
  await handover(grace)
    .getByText(
      'Separation of duties: the requester of a handover cannot give its SMO approval.',
    )
    .waitFor();
  await expect(
    handover(grace).getByRole('button', { name: 'Sign off as SMO approver' }),
    'the requester is offered the SMO approval',
  ).toBeDisabled();
  const known = { 'Grace Kim': grace, 'Amelia Hart': amelia };
  for (const [role, who] of SIGNERS) {
    const page = known[who] ?? (await people.signIn(who));
    if (known[who]) await reloadAt(page, () => state(page, 'In review'));
    else await page.goto(TAB);
    await handover(page)
      .getByRole('button', { name: `Sign off as ${role}` })
      .click();
    await dialog(page)
      .getByLabel(/Comment/)
      .fill(`${role}: ready to run`);
    await dialog(page).getByRole('button', { name: 'Approve' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    await handover(page)
      .getByRole('row', { name: new RegExp(`^${role} Approved`) })
      .waitFor();
    if (!known[who]) await page.context().close();
  }
  const ready = () =>
    handover(amelia)
      .getByText(
        'Ready to accept: the verdict is ready and every required role approved.',
      )
      .waitFor();
  await reloadAt(amelia, ready);
  await handover(amelia).screenshot({
    path: shotPath('handover-sign-offs'),
  });
  const [current] = (await smo.listHandovers({ query: { entityRef: ENTITY } }))
    .items;
  expect(current.signOffs.map(s => s.actor)).toEqual(
    SIGNERS.map(([, , ref]) => ref),
  );
});

test('SMO page: the handover in review is in the queue, linked to its Governance tab', async () => {
  const page = amelia;
  await page.goto('/smo');
  const item = page
    .getByRole('list', { name: 'Handover queue' })
    .getByRole('listitem')
    .filter({ hasText: 'In review' });
  await item.waitFor();
  await expect(item).toContainText(/online-checkout-web|Online Checkout Web/);
  await showGatekeeperSection(page);
  await page.screenshot({ path: shotPath('smo-gatekeeper') });
  await item.getByRole('link', { name: '(governance)' }).click();
  await page.waitForURL(new RegExp(`${TAB}$`));
  await state(page, 'In review');
});

test('handover: Amelia Hart accepts, starts and completes early-life support with an exit note → operational', async () => {
  const page = amelia;
  await act(page, 'Accept', 'Accepted');
  await act(page, 'Start early-life support', 'Early-life support');
  await handover(page)
    .getByRole('button', { name: 'Complete early-life support' })
    .click();
  await dialog(page)
    .getByLabel(/Exit note/)
    .fill(
      'Two weeks without P1/P2 incidents; on-call handed to the service desk',
    );
  await dialog(page)
    .getByRole('button', { name: 'Complete early-life support' })
    .click();
  await state(page, 'Operational');
  await reloadAt(page, () => state(page, 'Operational'));
  const [current] = (await smo.listHandovers({ query: { entityRef: ENTITY } }))
    .items;
  expect(current.state).toBe('operational');
  await handover(page).screenshot({
    path: shotPath('handover-operational'),
  });
});

test('handover: the decision log lists every step, newest first, with snapshots', async () => {
  const page = amelia;
  const { items } = await smo.listDecisions({
    query: { entityRef: ENTITY },
  });
  const logged = items.map(d => `${d.subject}:${d.action}`).reverse();
  const expected = EXPECTED_DECISIONS.map(([s, a]) => `${s}:${a}`);
  expect(logged, 'decision log, oldest first').toEqual(expected);
  const log = card(page, 'Decision log');
  const rows = log
    .getByRole('table', { name: 'Decision log' })
    .locator('tbody tr');
  await expect(rows).toHaveCount(items.length);
  await expect(rows.first()).toContainText('complete-early-life-support');
  await expect(rows.first()).toContainText('operational');
  await log.scrollIntoViewIfNeeded();
  await log.screenshot({ path: shotPath('handover-decision-log') });

  await rows
    .filter({ hasText: 'Handover: accept' })
    .getByRole('button', { name: /^View snapshot: / })
    .click();
  await dialog(page).getByText('Ready', { exact: true }).waitFor();
  await dialog(page).getByText('None', { exact: true }).waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: shotPath('handover-snapshot') });
  await dialog(page).getByRole('button', { name: 'Close' }).click();
});

test('SMO page: recent decisions, and the queue is empty again', async () => {
  const page = amelia;
  await page.goto('/smo');
  const recent = page.getByRole('table', { name: 'Recent decisions' });
  await recent.getByText('complete-early-life-support').first().waitFor();
  await page.getByText('No handover waits for the SMO.').waitFor();
  await page.getByText('No waiver waits for a decision.').waitFor();
  await showGatekeeperSection(page);
  await page.screenshot({ path: shotPath('smo-gatekeeper-done') });
  await grace.context().close();
  await amelia.context().close();
});
