import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { decision } from '@smo-backstage/plugin-smo-common/testUtils';
import { rejectingWith } from '../__testUtils__/apis';
import { notReadyResult } from '../__testUtils__/readiness';
import { renderSection } from '../__testUtils__/renderSection';
import { DecisionLogCard } from './DecisionLogCard';

describe('DecisionLogCard', () => {
  it('says when the bounded list is full', async () => {
    await renderSection(<DecisionLogCard />, {
      api: ref => ({
        listDecisions: async () =>
          Array.from({ length: 100 }, (_, i) =>
            decision(ref, { id: `d-${i}` }),
          ),
      }),
    });
    expect(
      await screen.findByText(
        /Showing the newest 100 decisions; older ones are kept/,
      ),
    ).toBeInTheDocument();
  });

  it('lists the entity decisions newest first, as the backend returns them, and opens the frozen snapshot', async () => {
    const { smoApi, entityRef } = await renderSection(<DecisionLogCard />, {
      api: ref => ({
        listDecisions: async () => [
          decision(ref, {
            id: 'd-2',
            action: 'sign-off:smo-approver:approve',
            fromState: undefined,
            toState: undefined,
            comment: 'looks good',
            snapshotId: 'snap-2',
          }),
          decision(ref, { id: 'd-1' }),
          decision(ref, {
            id: 'd-0',
            subject: 'attestation',
            action: 'record',
            fromState: undefined,
            toState: undefined,
            snapshotId: undefined,
          }),
        ],
        getSnapshot: async id => ({
          id,
          entityRef: ref,
          createdAt: '2026-11-23T10:00:00.000Z',
          result: { ...notReadyResult, entityRef: ref },
        }),
      }),
    });
    const table = await screen.findByRole('table', { name: 'Decision log' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => r.querySelector('th')!.textContent)).toEqual([
      'Sign-off as SMO approver: approve',
      'Handover: submit (draft → submitted)',
      'Attestation: record',
    ]);
    expect(rows[0]).toHaveTextContent('looks good');
    expect(smoApi.listDecisions).toHaveBeenCalledWith({
      entityRef,
      limit: 100,
    });
    expect(screen.queryByText(/Showing the newest/)).toBeNull();
    expect(within(rows[2]).queryByRole('button')).toBeNull();

    // The name starts with the visible words (axe: label-content-name-mismatch) and says which decision.
    const view = within(rows[0]).getByRole('button', {
      name: 'View snapshot: Sign-off as SMO approver: approve',
    });
    expect(view).toHaveTextContent('View snapshot');
    await userEvent.click(view);
    expect(smoApi.getSnapshot).toHaveBeenCalledWith('snap-2');
    const dialog = await screen.findByRole('dialog', {
      name: 'Evaluation at the time of the decision',
    });
    // The focus moves onto the dialog, which has no field, so a screen reader reads it from its title.
    await waitFor(() => expect(dialog).toHaveFocus());
    expect(await within(dialog).findByText('54/100')).toBeInTheDocument();
    expect(within(dialog).getByText('Not ready')).toBeInTheDocument();
    expect(
      within(
        within(dialog).getByRole('list', { name: 'Blockers at that moment' }),
      ).getAllByRole('listitem'),
    ).toHaveLength(4);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(view).toHaveFocus();
  });

  it('says when nothing was decided yet', async () => {
    await renderSection(<DecisionLogCard />);
    expect(
      await screen.findByText('No decision recorded for this component yet.'),
    ).toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    await renderSection(<DecisionLogCard />, {
      api: () => ({
        listDecisions: rejectingWith(500, 'log unavailable'),
      }),
    });
    expect(
      (await screen.findAllByText(/log unavailable/)).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
