// Browser e2e of the gatekeeper workflow, run by governance-e2e.mjs against the same demo backend (one backend start
// on 2 cores): distinct people of the example organisation, each signed in on the demo's sign-in page, walk
// online-checkout-web from "not ready" through attestations, a waiver, a handover with four sign-offs and early-life
// support to operational — as separation of duties requires (issue 14) — and the decision log is checked against
// every step. The demo database is in memory, so each run starts clean.

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

/** Screenshots of this scenario that docs/handover.md shows. */
export const HANDOVER_DOC_SHOTS = [
  'handover-not-ready',
  'handover-attestations',
  'handover-waiver-request',
  'handover-sign-offs',
  'handover-operational',
  'handover-decision-log',
  'handover-snapshot',
  'smo-gatekeeper',
];

/**
 * @param ctx.signIn async (person title) => a playwright page signed in as that person, in a context of its own
 * @param ctx.base the demo's base URL
 * @param ctx.smo the SMO API client of the harness (`smoApi`), with the guest's token
 * @param ctx.test, ctx.expect, ctx.poll, ctx.shoot the harness of governance-e2e.mjs
 */
export async function handoverScenario(ctx) {
  const { signIn, base, smo, test, expect, poll, shoot } = ctx;
  // The team's engineering lead asks; the SMO decides.
  const grace = await signIn('Grace Kim');
  const amelia = await signIn('Amelia Hart');
  const card = (page, title) =>
    page.locator('.MuiCard-root', { hasText: title });
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

  await test('handover: online-checkout-web starts not ready, blocked by the missing attestations', async () => {
    const before = await readiness();
    expect(
      before.verdict === 'not-ready',
      `API says ${before.verdict}; the demo expects online-checkout-web to need attestations`,
    );
    for (const id of ['continuity.restore-tested', 'security.review']) {
      expect(
        before.blockers.includes(id),
        `blockers lack ${id}: ${before.blockers}`,
      );
    }
    for (const page of [grace, amelia]) {
      await page.goto(`${base}${TAB}`);
      await page.getByText(/^Not ready for service/).waitFor();
    }
    await card(grace, 'Handover to operations')
      .getByRole('button', { name: 'Request handover' })
      .waitFor();
    await shoot(grace, 'handover-not-ready');
  });

  await test('handover: Grace Kim (team-checkout) records restore-tested and security-review attestations', async () => {
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
    expect(
      !after.blockers.includes('continuity.restore-tested') &&
        !after.blockers.includes('security.review'),
      `still blocked by ${after.blockers}`,
    );
    await attestations.screenshot({
      path: shoot.path('handover-attestations'),
    });
  });

  await test('handover: Grace Kim requests a waiver for the advisory release.rollback-tested, cannot decide it, Amelia Hart (SMO) approves it', async () => {
    const check = (await readiness()).checks.find(
      c => c.id === 'release.rollback-tested',
    );
    expect(
      check && check.severity === 'advisory' && check.status === 'fail',
      `release.rollback-tested is ${check?.severity} ${check?.status}`,
    );
    const requested = card(grace, 'Waivers');
    await requested
      .getByRole('button', { name: `Request a waiver for ${check.title}` })
      .click();
    await dialog(grace)
      .getByLabel(/Justification/)
      .fill(
        'First release of the new checkout: rollback drill is planned with the next release train',
      );
    // The dialog fades in; screenshot it once it is opaque.
    await grace.waitForTimeout(400);
    await shoot(grace, 'handover-waiver-request');
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
    await poll('the waived check', async () =>
      (
        await readiness()
      ).checks.some(
        c => c.id === 'release.rollback-tested' && c.status === 'waived',
      ),
    );
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

  await test('handover: Grace Kim requests and submits it, Amelia Hart starts the review', async () => {
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

  await test('handover: four people sign off, one role each; the requester is not offered the SMO approval', async () => {
    await reloadAt(grace, () => state(grace, 'In review'));
    await handover(grace)
      .getByText(
        'Separation of duties: the requester of a handover cannot give its SMO approval.',
      )
      .waitFor();
    expect(
      await handover(grace)
        .getByRole('button', { name: 'Sign off as SMO approver' })
        .isDisabled(),
      'the requester is offered the SMO approval',
    );
    const known = { 'Grace Kim': grace, 'Amelia Hart': amelia };
    for (const [role, who] of SIGNERS) {
      const page = known[who] ?? (await signIn(who));
      if (known[who]) await reloadAt(page, () => state(page, 'In review'));
      else await page.goto(`${base}${TAB}`);
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
      path: shoot.path('handover-sign-offs'),
    });
    const [current] = (
      await smo.listHandovers({ query: { entityRef: ENTITY } })
    ).items;
    expect(
      JSON.stringify(current.signOffs.map(s => s.actor)) ===
        JSON.stringify(SIGNERS.map(([, , ref]) => ref)),
      `sign-offs by ${current.signOffs.map(s => `${s.role}=${s.actor}`)}`,
    );
  });

  await test('SMO page: the handover in review is in the queue, linked to its Governance tab', async () => {
    const page = amelia;
    await page.goto(`${base}/smo`);
    const item = page
      .getByRole('list', { name: 'Handover queue' })
      .getByRole('listitem')
      .filter({ hasText: 'In review' });
    await item.waitFor();
    const text = await item.innerText();
    expect(
      /online-checkout-web|Online Checkout Web/.test(text),
      `queue item: ${text}`,
    );
    await showGatekeeperSection(page);
    await shoot(page, 'smo-gatekeeper');
    await item.getByRole('link', { name: '(governance)' }).click();
    await page.waitForURL(new RegExp(`${TAB}$`));
    await state(page, 'In review');
  });

  await test('handover: Amelia Hart accepts, starts and completes early-life support with an exit note → operational', async () => {
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
    const [current] = (
      await smo.listHandovers({ query: { entityRef: ENTITY } })
    ).items;
    expect(
      current.state === 'operational',
      `API says the handover is ${current.state}`,
    );
    await handover(page).screenshot({
      path: shoot.path('handover-operational'),
    });
  });

  await test('handover: the decision log lists every step, newest first, with snapshots', async () => {
    const page = amelia;
    const { items } = await smo.listDecisions({
      query: { entityRef: ENTITY },
    });
    const logged = items.map(d => `${d.subject}:${d.action}`).reverse();
    const expected = EXPECTED_DECISIONS.map(([s, a]) => `${s}:${a}`);
    expect(
      JSON.stringify(logged) === JSON.stringify(expected),
      `decision log (oldest first): ${logged.join(', ')}`,
    );
    const log = card(page, 'Decision log');
    const rows = log
      .getByRole('table', { name: 'Decision log' })
      .locator('tbody tr');
    await poll(
      'the decision log rows',
      async () => (await rows.count()) === items.length,
    );
    const first = await rows.first().innerText();
    expect(
      first.includes('complete-early-life-support') &&
        first.includes('operational'),
      `newest row: ${first}`,
    );
    await log.scrollIntoViewIfNeeded();
    await log.screenshot({ path: shoot.path('handover-decision-log') });

    await rows
      .filter({ hasText: 'Handover: accept' })
      .getByRole('button', { name: /View the evaluation/ })
      .click();
    await dialog(page).getByText('Ready', { exact: true }).waitFor();
    await dialog(page).getByText('None', { exact: true }).waitFor();
    await page.waitForTimeout(400);
    await shoot(page, 'handover-snapshot');
    await dialog(page).getByRole('button', { name: 'Close' }).click();
  });

  await test('SMO page: recent decisions, and the queue is empty again', async () => {
    const page = amelia;
    await page.goto(`${base}/smo`);
    const recent = page.getByRole('table', { name: 'Recent decisions' });
    await recent.getByText('complete-early-life-support').first().waitFor();
    await page.getByText('No handover waits for the SMO.').waitFor();
    await page.getByText('No waiver waits for a decision.').waitFor();
    await showGatekeeperSection(page);
    await shoot(page, 'smo-gatekeeper-done');
    await grace.context().close();
    await amelia.context().close();
  });
}
