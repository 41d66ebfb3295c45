import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Improvement } from '@smo-backstage/plugin-smo-common';
import {
  mockSmoApi,
  rejectingWith,
  renderWithSmo,
} from '../__testUtils__/apis';
import { ContinualImprovement } from './ContinualImprovement';
import { breachSuggestion, improvement } from './__testUtils__/improvement';

const register = [
  improvement(),
  improvement({
    id: 'imp-2',
    title: 'Restore checkout availability',
    entityRef: 'serviceoffering:default/online-checkout',
    goal: {
      type: 'service-level',
      agreementRef: 'servicelevelagreement:default/checkout-gold',
      metric: 'availability',
      target: 99.9,
    },
    status: 'in-progress',
  }),
];

function backend(items: Improvement[] = register) {
  return mockSmoApi({
    listImprovements: async query => {
      const matching = items.filter(
        i => !query?.status || i.status === query.status,
      );
      return { totalCount: matching.length, items: matching };
    },
    listImprovementSuggestions: async () => [breachSuggestion],
    raiseImprovement: async request =>
      improvement({
        id: 'imp-3',
        title: request.title,
        entityRef: String(request.entityRef),
      }),
  });
}

const rows = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map(r => r.textContent);

async function choose(label: RegExp, option: string) {
  await userEvent.click(screen.getByRole('button', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('ContinualImprovement', () => {
  it('lists the register with the goal in words, each improvement linked to its page', async () => {
    await renderWithSmo(<ContinualImprovement />, {
      smoApi: backend(),
      path: '/smo',
    });
    await screen.findByRole('table', { name: 'CSI register' });
    expect(rows('CSI register')).toEqual([
      'Write the checkout runbookcheckoutops.runbook passesteam-checkout2026-12-31Proposed',
      'Restore checkout availabilityonline-checkoutavailability ≥ 99.9% on servicelevelagreement:default/checkout-gold in the last closed monthteam-checkout2026-12-31In progress',
    ]);
    expect(
      screen.getByRole('link', { name: 'Write the checkout runbook' }),
    ).toHaveAttribute('href', '/improvements/imp-1');
  });

  it('filters the register by status on the server', async () => {
    const smoApi = backend();
    await renderWithSmo(<ContinualImprovement />, { smoApi });
    await screen.findByRole('table', { name: 'CSI register' });
    await choose(/Status/, 'In progress');
    await waitFor(() =>
      expect(rows('CSI register')).toEqual([
        expect.stringMatching(/^Restore checkout availability/),
      ]),
    );
    expect(smoApi.listImprovements).toHaveBeenLastCalledWith({
      status: 'in-progress',
      limit: 20,
      offset: 0,
    });
  });

  it('raises a suggestion with one click, posting its proposal as it is, and reloads', async () => {
    const smoApi = backend();
    await renderWithSmo(<ContinualImprovement />, { smoApi });
    await screen.findByRole('table', { name: 'Suggestions' });
    expect(rows('Suggestions')).toEqual([
      'Bring checkout availability back to 99.9%checkout-gold breached availability in October 2026 (99.2% < 99.9%)Breached SLA month, 2026-10online-checkoutRaise',
    ]);
    await userEvent.click(
      screen.getByRole('button', {
        // The visible word first, then what is raised and from which cause and month.
        name: 'Raise Bring checkout availability back to 99.9% (Breached SLA month, 2026-10)',
      }),
    );
    expect(smoApi.raiseImprovement).toHaveBeenCalledWith(
      breachSuggestion.proposal,
    );
    await waitFor(() =>
      expect(smoApi.listImprovementSuggestions).toHaveBeenCalledTimes(2),
    );
    expect(smoApi.listImprovements).toHaveBeenCalledTimes(2);
  });

  it('shows why raising a suggestion was refused', async () => {
    await renderWithSmo(<ContinualImprovement />, {
      smoApi: mockSmoApi({
        ...backend(),
        raiseImprovement: rejectingWith(
          403,
          'user:default/tester may not raise improvements on serviceoffering:default/online-checkout',
        ),
      }),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: /^Raise Bring/ }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not permitted');
    expect(alert).toHaveTextContent('may not raise improvements');
  });

  it('raises an improvement from the form, with a message by each field left wrong', async () => {
    const smoApi = backend([]);
    await renderWithSmo(<ContinualImprovement />, { smoApi });
    const open = await screen.findByRole('button', {
      name: 'Raise improvement',
    });
    await userEvent.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Raise improvement' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Raise' }),
    );
    expect(smoApi.raiseImprovement).not.toHaveBeenCalled();
    expect(
      within(dialog).getByRole('textbox', { name: 'Title' }),
    ).toHaveAccessibleDescription('Say in a few words what is improved');
    expect(
      within(dialog).getByText('A check goal names a check'),
    ).toBeInTheDocument();

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Title' }),
      'Write the runbook',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Offering or component' }),
      'component:default/checkout',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Problem' }),
      'No runbook',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Check' }),
      'ops.runbook',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Owner' }),
      'group:default/team-checkout',
    );
    await userEvent.type(
      within(dialog).getByLabelText(/Due date/),
      '2026-12-31',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Raise' }),
    );

    expect(smoApi.raiseImprovement).toHaveBeenCalledWith({
      title: 'Write the runbook',
      entityRef: 'component:default/checkout',
      problem: 'No runbook',
      goal: { type: 'check', checkId: 'ops.runbook' },
      ownerRef: 'group:default/team-checkout',
      dueDate: '2026-12-31',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Focus goes back to the button that opened the dialog.
    await waitFor(() => expect(open).toHaveFocus());
    expect(smoApi.listImprovements).toHaveBeenCalledTimes(2);
  });
});
