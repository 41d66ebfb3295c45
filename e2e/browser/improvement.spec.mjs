// Continual improvement as a person sees it, checked against what the SMO API says (issue 18): a campaign from the SMO
// page (its deadlines, progress, teams, burn-up by team and as a table, the member that missed its deadline) and that
// member's check blocking under the campaign on its Governance tab; an improvement raised from the suggestion for the
// last closed month sla-online-checkout breached, approved by someone of the SMO other than who raised it, started,
// and refused closing because the data does not meet its goal. The demo database is in memory: each run starts clean.
import { expect, shotPath, test } from './fixtures.mjs';

test.describe.configure({ mode: 'serial' });

const CAMPAIGN = 'techdocs-production';
const MISSED = 'order-router';
const SLA = 'servicelevelagreement:default/sla-online-checkout';

/** The month before this one (UTC), as the service levels close it: "2026-10" in November 2026. */
function lastClosedMonth() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
}
const monthName = month =>
  new Date(`${month}-01T00:00:00Z`).toLocaleString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
// How the burn-up table writes a day (luxon's DATE_MED in the browser's en-US).
const shortDate = date =>
  new Date(`${date}T00:00:00Z`).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
const groupName = ref => ref.split('/')[1];

/** The campaign once the demo's past is written: its burn-up has days before today, and rises to today. */
async function campaignWithPast(smo) {
  let detail;
  await expect
    .poll(
      async () => {
        detail = await smo.getCampaign({ path: { id: CAMPAIGN } });
        const done = p => p.met + p.waived;
        const last = detail.burnUp[detail.burnUp.length - 1];
        const [first] = detail.burnUp.slice(0, -1).filter(p => p.inScope > 0);
        return first !== undefined && done(first) < done(last);
      },
      {
        message: 'the demo history was written (the burn-up rises)',
        timeout: 180_000,
        intervals: [2000],
      },
    )
    .toBe(true);
  return detail;
}

test(`a campaign: TechDocs for production services from the SMO page, its progress, burn-up and teams as the API has them, and ${MISSED} blocking under it`, async ({
  guest: page,
  demo,
}) => {
  const { campaign, teams, burnUp, teamBurnUp } = await campaignWithPast(
    demo.smo,
  );
  expect(campaign.status, 'tier-1 and tier-2 deadlines have passed').toBe(
    'enforcing',
  );
  expect(campaign.progress.missed).toBeGreaterThan(0);
  // The members page the UI shows first: open ones first, 20 to a page.
  const members = await demo.smo.listCampaignMembers({
    path: { id: CAMPAIGN },
    query: { limit: 20 },
  });
  const missed = members.items.find(
    m => m.entityRef === `component:default/${MISSED}`,
  );
  expect(missed, `${MISSED} on the first page of members`).toMatchObject({
    tier: 'tier-2',
    deadline: campaign.deadlines['tier-2'],
    status: 'open',
    missed: true,
    failing: ['docs.techdocs'],
    ownerRef: 'group:default/team-supply-chain',
  });

  // The Campaigns section of the SMO page; the campaign opened with the keyboard.
  await page.goto('/smo');
  const section = page.getByRole('region', { name: 'Campaigns' });
  await section.scrollIntoViewIfNeeded();
  const row = section.getByRole('row').filter({ hasText: campaign.title });
  await expect(row).toContainText(
    `${campaign.progress.met} of ${campaign.progress.inScope} met, ${campaign.progress.waived} waived, ${campaign.progress.open} open`,
  );
  await row.getByRole('link', { name: campaign.title }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/smo/campaigns/${CAMPAIGN}$`));

  const campaignShown = async () => {
    await expect(
      page.getByRole('heading', { level: 1, name: campaign.title }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: 'Progress of the components in scope' })
        .getByRole('listitem'),
    ).toHaveText(
      [
        `${campaign.progress.inScope} In scope`,
        `${campaign.progress.met} Met`,
        `${campaign.progress.waived} Met with waivers`,
        `${campaign.progress.open} Open`,
        `${campaign.progress.missed} Missed the deadline`,
      ],
      { useInnerText: true },
    );
  };
  await campaignShown();
  // Target, reminders and deadlines in words: tier-1 and tier-2 passed, tier-3 and tier-4 to come.
  await expect(page.getByText('docs.techdocs passes')).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: /^Reminders/ }),
  ).toContainText(`Every ${campaign.reminderDays} days to teams`);
  for (const tier of ['tier-1', 'tier-2', 'tier-3', 'tier-4']) {
    const passed = tier === 'tier-1' || tier === 'tier-2';
    await expect(
      page.getByRole('listitem').filter({ hasText: new RegExp(`^${tier}:`) }),
    ).toHaveText(
      `${tier}: ${campaign.deadlines[tier]}${passed ? ' (passed)' : ''}`,
    );
  }

  // Progress per team: a row per team in the API's order (most open first), with its figures.
  const teamRows = page
    .getByRole('table', { name: 'Progress per team' })
    .getByRole('row');
  await expect(teamRows).toHaveCount(teams.length + 1);
  for (const [i, team] of teams.entries()) {
    const teamRow = teamRows.nth(i + 1);
    if (team.ownerRef) {
      await expect(teamRow.getByRole('link')).toHaveAttribute(
        'href',
        new RegExp(`/group/${groupName(team.ownerRef)}$`),
      );
    }
    await expect(teamRow.getByRole('cell')).toHaveText([
      team.ownerRef ? /./ : 'No owner',
      ...[team.inScope, team.met, team.waived, team.open, team.missed].map(
        String,
      ),
    ]);
  }

  // The member that missed its deadline, marked in words.
  const memberRow = page
    .getByRole('table', { name: 'Components in scope' })
    .getByRole('row')
    .filter({
      has: page.getByRole('link', { name: /^Order Router|^order-router/ }),
    });
  await expect(memberRow.getByRole('cell')).toHaveText([
    /^Order Router|^order-router/,
    /team-supply-chain|Supply Chain/i,
    'tier-2',
    campaign.deadlines['tier-2'],
    'Open',
    'docs.techdocs',
    'Missed',
  ]);
  // The burn-up of every team, in words: from the start to today, as the API's first and last points.
  const [first, last] = [burnUp[0], burnUp[burnUp.length - 1]];
  const met =
    first.met === last.met ? `${last.met}` : `${first.met} → ${last.met}`;
  await expect(
    page.getByRole('img', {
      name: new RegExp(
        `^Burn-up of ${campaign.title}, every team, ${shortDate(
          first.date,
        )} to ${shortDate(last.date)}: In scope .*; Met ${met}\\.$`,
      ),
    }),
  ).toBeVisible();
  await page.setViewportSize({ width: 1360, height: 1700 });
  await page.screenshot({ path: shotPath('campaign-page') });

  // One team's burn-up, chosen with the keyboard; its last day in the table is the API's last point.
  const team = 'group:default/team-supply-chain';
  const points = teamBurnUp.find(t => t.ownerRef === team).points;
  const select = page.getByRole('button', { name: /^Team/ });
  await select.focus();
  await page.keyboard.press('Enter');
  const option = page.getByRole('option', { name: groupName(team) });
  await option.waitFor();
  for (
    let i = 0;
    i < teamBurnUp.length + 1 &&
    !(await option.evaluate(el => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  const title = `Burn-up of ${campaign.title}, ${groupName(team)}`;
  await expect(
    page.getByRole('img', { name: new RegExp(`^${title}`) }),
  ).toBeVisible();
  const show = page.getByRole('button', { name: 'Show as a table' });
  await show.click();
  await expect(
    page.getByRole('button', { name: 'Hide the table' }),
  ).toHaveAttribute('aria-expanded', 'true');
  const today = points[points.length - 1];
  await expect(
    page.getByRole('table', { name: title }).getByRole('row').last(),
  ).toHaveText(
    new RegExp(
      `^${shortDate(today.date)}\\s*${today.inScope}\\s*${today.met}\\s*${
        today.waived
      }\\s*${today.met + today.waived}$`,
    ),
  );

  // Coming back (reload) shows the same campaign; the member's link leads to its Governance tab.
  await page.reload();
  await campaignShown();
  await memberRow.getByRole('link').first().click();
  await page.waitForURL(new RegExp(`/component/${MISSED}$`));
  await page.getByRole('link', { name: 'Governance', exact: true }).click();
  await page.waitForURL(new RegExp(`/${MISSED}/governance$`));

  // docs.techdocs is blocking under the campaign since the tier-2 deadline, and the verdict is not ready.
  const readiness = await demo.smo.getReadiness({
    path: { kind: 'component', namespace: 'default', name: MISSED },
  });
  const check = readiness.checks.find(c => c.id === 'docs.techdocs');
  expect(readiness.verdict).toBe('not-ready');
  expect(readiness.blockers).toContain('docs.techdocs');
  expect(check).toMatchObject({
    status: 'fail',
    severity: 'blocking',
    campaign: {
      id: CAMPAIGN,
      deadline: campaign.deadlines['tier-2'],
      enforced: true,
    },
  });
  const n = readiness.blockers.length;
  await page
    .getByText(`Not ready for service — ${n} blocker${n === 1 ? '' : 's'}`)
    .waitFor();
  // Its row among the checks: the one with the campaign's note.
  const note = page.getByRole('link', {
    name: `Campaign ${campaign.title}: blocking since ${campaign.deadlines['tier-2']}`,
  });
  const checkRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: /docs\.techdocs$/ }) })
    .filter({ has: note });
  await expect(checkRow.getByRole('cell').nth(2)).toHaveText('Blocking');
  // The note leads back to the campaign.
  await note.click();
  await page.waitForURL(new RegExp(`/smo/campaigns/${CAMPAIGN}$`));
  await campaignShown();
});

/** Waits for the success notice `message` of an action, and for it to go (it is transient). */
async function toastShownAndGone(page, message) {
  const toast = page.getByRole('alertdialog', { name: message });
  await expect(toast).toBeVisible();
  await expect(toast).toBeHidden();
}

/** The suggestion for the last closed month of the SLA, once the service-level task found it breached. */
async function breachedMonthSuggestion(smo, month) {
  const key = `breached-month:${SLA}:${month}`;
  let suggestion;
  await expect
    .poll(
      async () => {
        // As many as the SMO page shows.
        const { items } = await smo.listImprovementSuggestions({
          query: { limit: 20 },
        });
        suggestion = items.find(s => s.key === key);
        return suggestion !== undefined;
      },
      {
        message: `a suggestion for ${SLA} breached in ${month}`,
        timeout: 180_000,
        intervals: [2000],
      },
    )
    .toBe(true);
  return suggestion;
}

/** What the backend answers a close when the last closed month does not meet the goal (goalCheck.ts). */
async function goalNotMetMessage(smo, goal, month) {
  const report = await smo.getServiceLevels({
    path: {
      kind: 'servicelevelagreement',
      namespace: 'default',
      name: goal.agreementRef.split('/')[1],
    },
  });
  const { figures } = report.agreements[0].months.find(m => m.month === month);
  if (goal.metric === 'availability') {
    const { percent } = figures.availability;
    expect(percent).toBeLessThan(goal.target);
    return `availability was ${percent}% in ${month}, the goal is ${goal.target}%`;
  }
  const lowest = figures.targets
    .filter(t => t.attainment !== null)
    .reduce((a, b) => (b.attainment < a.attainment ? b : a));
  expect(lowest.attainment).toBeLessThan(goal.target);
  return `the lowest attainment was ${lowest.attainment}% (${lowest.priority} ${lowest.metric}) in ${month}, the goal is ${goal.target}%`;
}

test(`an improvement: raised from the breached month of sla-online-checkout, approved by the SMO, started, and not closed while the data misses its goal`, async ({
  guest: page,
  signIn,
  demo,
}) => {
  const month = lastClosedMonth();
  const suggestion = await breachedMonthSuggestion(demo.smo, month);
  expect(suggestion.reason).toContain(
    `${SLA} was breached in ${monthName(month)}`,
  );
  const { proposal } = suggestion;

  // Raised with the suggestion's one button, found by its row (every breached month of an SLA has the same title).
  await page.goto('/smo');
  const section = page.getByRole('region', { name: 'Continual improvement' });
  await section
    .getByRole('heading', { name: 'Suggestions', exact: true })
    .scrollIntoViewIfNeeded();
  const suggestionRow = section
    .getByRole('table', { name: 'Suggestions' })
    .getByRole('row')
    .filter({ hasText: suggestion.reason });
  await suggestionRow
    .getByRole('button', { name: `Raise ${proposal.title}` })
    .click();
  // Raised once: the suggestion leaves the list, the register lists the improvement.
  await toastShownAndGone(page, `Improvement raised: ${proposal.title}`);
  await expect(suggestionRow).toHaveCount(0);
  const [improvement] = (
    await demo.smo.listImprovements({
      query: { entityRef: proposal.entityRef },
    })
  ).items.filter(i => i.source.key === suggestion.key);
  expect(improvement).toMatchObject({
    title: proposal.title,
    status: 'proposed',
    goal: proposal.goal,
    createdBy: 'user:default/guest',
  });
  const registerRow = section
    .getByRole('table', { name: 'CSI register' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: proposal.title }) });
  await expect(registerRow.getByRole('cell')).toHaveText([
    proposal.title,
    /Online Checkout|online-checkout/,
    improvement.goalText,
    /./,
    proposal.dueDate,
    'Proposed',
  ]);
  await section
    .getByRole('heading', { name: 'Continual improvement', exact: true })
    .evaluate(el => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: shotPath('smo-continual-improvement') });

  // Its page, from the register: the goal in words and the status as the API has them.
  await registerRow.getByRole('link', { name: proposal.title }).click();
  const url = new RegExp(`/smo/improvements/${improvement.id}$`);
  await page.waitForURL(url);
  const status = p => p.getByRole('row').filter({ hasText: /^Status/ });
  const improvementShown = async (p, word) => {
    await expect(
      p.getByRole('heading', { level: 1, name: proposal.title }),
    ).toBeVisible();
    await expect(status(p)).toContainText(word);
  };
  await improvementShown(page, 'Proposed');
  await expect(
    page.getByRole('row').filter({ hasText: /^Goal/ }),
  ).toContainText(improvement.goalText);
  await expect(
    page.getByRole('row').filter({ hasText: /^Source/ }),
  ).toContainText(`Breached SLA month: ${suggestion.reason}`);

  // Whoever raised it may not approve it: the button is refused and says who does.
  await expect(page.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await expect(
    page.getByText(
      'You raised this improvement: the continual-improvement process owner or the SMO approves it.',
    ),
  ).toBeVisible();

  // Amelia Hart, head of the SMO, approves it.
  const amelia = await signIn('Amelia Hart');
  await amelia.goto(`/smo/improvements/${improvement.id}`);
  await improvementShown(amelia, 'Proposed');
  await amelia.getByRole('button', { name: 'Approve' }).click();
  await toastShownAndGone(amelia, 'Improvement approved');
  await expect(status(amelia)).toContainText('Approved');
  await expect(
    amelia.getByRole('row').filter({ hasText: /^Approved by/ }),
  ).toContainText(/Amelia Hart|amelia\.hart/);
  expect(
    await demo.smo.getImprovement({ path: { id: improvement.id } }),
  ).toMatchObject({
    status: 'approved',
    approvedBy: 'user:default/amelia.hart',
  });

  // The guest sees it approved and starts it.
  await page.reload();
  await improvementShown(page, 'Approved');
  await page.getByRole('button', { name: 'Start' }).click();
  // The success notice has a "Close" button of its own: once it is gone, "Close" is the improvement's.
  await toastShownAndGone(page, 'Improvement started');
  await expect(status(page)).toContainText('In progress');
  await page.screenshot({ path: shotPath('improvement-page') });

  // Closing is refused: the last closed month does not meet the goal, and the dialog says what the data shows.
  const message = await goalNotMetMessage(demo.smo, improvement.goal, month);
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  const dialog = page.getByRole('dialog', {
    name: `Close as done: ${proposal.title}`,
  });
  await expect(dialog).toContainText(improvement.goalText);
  await dialog.getByRole('button', { name: 'Close as done' }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Not closed: the goal is not met');
  await expect(refusal).toContainText(message);
  await page.screenshot({ path: shotPath('improvement-close-refused') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(status(page)).toContainText('In progress');
  expect(
    (await demo.smo.getImprovement({ path: { id: improvement.id } })).status,
  ).toBe('in-progress');

  // Coming back (reload): still in progress, Close still offered.
  await page.reload();
  await improvementShown(page, 'In progress');
  await expect(
    page.getByRole('button', { name: 'Close', exact: true }),
  ).toBeEnabled();
});
