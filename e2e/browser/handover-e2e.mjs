// Browser e2e of the gatekeeper workflow, run by governance-e2e.mjs against the same demo backend (one backend start
// on 2 cores): the demo persona (guest: SMO, CAB, service desk and team-checkout) walks online-checkout-web from
// "not ready" through attestations, a waiver, a handover with four sign-offs and early-life support to operational,
// and the decision log is checked against every step. The demo database is in memory, so each run starts clean.

const ENTITY = 'component:default/online-checkout-web';
const TAB = '/catalog/default/component/online-checkout-web/governance';
const ROLES = [
  'Service owner',
  'SMO approver',
  'Incident process owner',
  'Change process owner',
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
 * @param ctx.page a signed-in playwright page
 * @param ctx.base the demo's base URL
 * @param ctx.api GET helper returning JSON, with the guest's token
 * @param ctx.test, ctx.expect, ctx.poll, ctx.shoot the harness of governance-e2e.mjs
 */
export async function handoverScenario(ctx) {
  const { page, base, api, test, expect, poll, shoot } = ctx;
  const card = title => page.locator('.MuiCard-root', { hasText: title });
  const dialog = () => page.getByRole('dialog');
  // Success alerts and notification toasts pile up during the walk; a reload clears them before a screenshot.
  // The SMO page scrolls inside Backstage's content container: bring the gatekeeper section to the top of the view.
  const showGatekeeperSection = () =>
    page
      .getByRole('region', { name: 'Gatekeeper' })
      .evaluate(el => el.scrollIntoView({ block: 'start' }));
  const reloadAt = async ready => {
    await page.reload();
    await ready();
  };
  const readiness = () =>
    api('/api/smo/readiness/component/default/online-checkout-web');

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
    await page.goto(`${base}${TAB}`);
    await page.getByText(/^Not ready for service/).waitFor();
    await card('Handover to operations')
      .getByRole('button', { name: 'Request handover' })
      .waitFor();
    await shoot(page, 'handover-not-ready');
  });

  await test('handover: record restore-tested and security-review attestations', async () => {
    const attestations = card('Attestations');
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

  await test('handover: request a waiver for the advisory release.rollback-tested and approve it', async () => {
    const check = (await readiness()).checks.find(
      c => c.id === 'release.rollback-tested',
    );
    expect(
      check && check.severity === 'advisory' && check.status === 'fail',
      `release.rollback-tested is ${check?.severity} ${check?.status}`,
    );
    const waivers = card('Waivers');
    await waivers
      .getByRole('button', { name: `Request a waiver for ${check.title}` })
      .click();
    await dialog()
      .getByLabel(/Justification/)
      .fill(
        'First release of the new checkout: rollback drill is planned with the next release train',
      );
    // The dialog fades in; screenshot it once it is opaque.
    await page.waitForTimeout(400);
    await shoot(page, 'handover-waiver-request');
    await dialog().getByRole('button', { name: 'Request waiver' }).click();
    await waivers
      .getByRole('button', { name: `Approve the waiver for ${check.title}` })
      .click();
    await dialog()
      .getByLabel(/Comment/)
      .fill('Accepted until the next release train');
    await dialog().getByRole('button', { name: 'Approve' }).click();
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

  const handover = card('Handover to operations');
  const state = label =>
    handover.getByRole('group', { name: `Handover state: ${label}` }).waitFor();
  const act = async (label, next) => {
    await handover.getByRole('button', { name: label, exact: true }).click();
    await state(next);
  };

  await test('handover: request, submit and start the review', async () => {
    await handover.scrollIntoViewIfNeeded();
    await handover.getByRole('button', { name: 'Request handover' }).click();
    await state('Draft');
    await act('Submit', 'Submitted');
    await act('Start review', 'In review');
    await handover.getByText(/approving sign-offs are missing/).waitFor();
  });

  await test('handover: sign off in all four roles', async () => {
    for (const role of ROLES) {
      await handover
        .getByRole('button', { name: `Sign off as ${role}` })
        .click();
      await dialog()
        .getByLabel(/Comment/)
        .fill(`${role}: ready to run`);
      await dialog().getByRole('button', { name: 'Approve' }).click();
      await dialog().waitFor({ state: 'detached' });
      await handover
        .getByRole('row', { name: new RegExp(`^${role} Approved`) })
        .waitFor();
    }
    const ready = () =>
      handover
        .getByText(
          'Ready to accept: the verdict is ready and every required role approved.',
        )
        .waitFor();
    await ready();
    await reloadAt(ready);
    await handover.screenshot({ path: shoot.path('handover-sign-offs') });
  });

  await test('SMO page: the handover in review is in the queue, linked to its Governance tab', async () => {
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
    await showGatekeeperSection();
    await shoot(page, 'smo-gatekeeper');
    await item.getByRole('link', { name: '(governance)' }).click();
    await page.waitForURL(new RegExp(`${TAB}$`));
    await state('In review');
  });

  await test('handover: accept, start and complete early-life support with an exit note → operational', async () => {
    await act('Accept', 'Accepted');
    await act('Start early-life support', 'Early-life support');
    await handover
      .getByRole('button', { name: 'Complete early-life support' })
      .click();
    await dialog()
      .getByLabel(/Exit note/)
      .fill(
        'Two weeks without P1/P2 incidents; on-call handed to the service desk',
      );
    await dialog()
      .getByRole('button', { name: 'Complete early-life support' })
      .click();
    await state('Operational');
    await reloadAt(() => state('Operational'));
    const [current] = (
      await api(`/api/smo/handovers?entityRef=${encodeURIComponent(ENTITY)}`)
    ).items;
    expect(
      current.state === 'operational',
      `API says the handover is ${current.state}`,
    );
    await handover.screenshot({ path: shoot.path('handover-operational') });
  });

  await test('handover: the decision log lists every step, newest first, with snapshots', async () => {
    const { items } = await api(
      `/api/smo/decisions?entityRef=${encodeURIComponent(ENTITY)}`,
    );
    const logged = items.map(d => `${d.subject}:${d.action}`).reverse();
    const expected = EXPECTED_DECISIONS.map(([s, a]) => `${s}:${a}`);
    expect(
      JSON.stringify(logged) === JSON.stringify(expected),
      `decision log (oldest first): ${logged.join(', ')}`,
    );
    const log = card('Decision log');
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
    await dialog().getByText('Ready', { exact: true }).waitFor();
    await dialog().getByText('None', { exact: true }).waitFor();
    await page.waitForTimeout(400);
    await shoot(page, 'handover-snapshot');
    await dialog().getByRole('button', { name: 'Close' }).click();
  });

  await test('SMO page: recent decisions, and the queue is empty again', async () => {
    await page.goto(`${base}/smo`);
    const recent = page.getByRole('table', { name: 'Recent decisions' });
    await recent.getByText('complete-early-life-support').first().waitFor();
    await page.getByText('No handover waits for the SMO.').waitFor();
    await page.getByText('No waiver waits for a decision.').waitFor();
    await showGatekeeperSection();
    await shoot(page, 'smo-gatekeeper-done');
  });
}
