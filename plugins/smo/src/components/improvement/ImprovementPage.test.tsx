import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  Improvement,
  ImprovementStatus,
} from '@smo-backstage/plugin-smo-common';
import { SmoApi } from '../../api/SmoApi';
import { mockSmoApi, rejectingWith } from '../__testUtils__/apis';
import { improvement } from './__testUtils__/improvement';
import { renderSmoPage } from './__testUtils__/renderSmoPage';

const PATH = '/smo/improvements/imp-1';

function backend(record: Improvement, impl: Partial<SmoApi> = {}) {
  return mockSmoApi({
    getImprovement: async () => record,
    transitionImprovement: async (_id, request) =>
      improvement({
        ...record,
        status: {
          approve: 'approved',
          start: 'in-progress',
          abandon: 'abandoned',
        }[request.action] as ImprovementStatus,
        version: record.version + 1,
        comment: request.comment,
      }),
    ...impl,
  });
}

const actionButtons = () =>
  within(screen.getByTestId('improvement-actions'))
    .queryAllByRole('button')
    .map(b => b.textContent);

describe('ImprovementPage', () => {
  it('shows the record: problem, goal in words, owner, due date, source and evidence', async () => {
    await renderSmoPage(PATH, {
      smoApi: backend(
        improvement({
          source: {
            type: 'renewed-waiver',
            description: 'ops.runbook waived a third time',
          },
          evidence: [
            {
              url: 'https://git.example/pr/1',
              title: 'Runbook PR',
              addedBy: 'user:default/bob',
              addedAt: '2026-11-21T10:00:00.000Z',
            },
          ],
        }),
      ),
    });
    expect(
      await screen.findByRole('heading', {
        name: 'Write the checkout runbook',
      }),
    ).toBeInTheDocument();
    // Sections directly under the page's h1 are h2 (axe: heading-order).
    expect(
      screen.getByRole('heading', { level: 2, name: 'Evidence' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('On-call has no runbook for checkout'),
    ).toBeInTheDocument();
    expect(screen.getByText('ops.runbook passes')).toBeInTheDocument();
    expect(screen.getByText('2026-12-31')).toBeInTheDocument();
    expect(
      screen.getByText('Waiver renewed again: ops.runbook waived a third time'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Runbook PR/ })).toHaveAttribute(
      'href',
      'https://git.example/pr/1',
    );
  });

  it.each<[ImprovementStatus, string[]]>([
    ['proposed', ['Approve', 'Abandon', 'Link evidence']],
    ['approved', ['Start', 'Abandon', 'Link evidence']],
    ['in-progress', ['Close', 'Abandon', 'Link evidence']],
  ])('offers the actions a %s improvement allows', async (status, buttons) => {
    await renderSmoPage(PATH, {
      smoApi: backend(improvement({ status })),
    });
    await screen.findByTestId('improvement-actions');
    expect(actionButtons()).toEqual(buttons);
  });

  it.each<ImprovementStatus>(['done', 'abandoned'])(
    'offers no action on a %s improvement',
    async status => {
      await renderSmoPage(PATH, {
        smoApi: backend(improvement({ status })),
      });
      await screen.findByRole('heading', {
        name: 'Write the checkout runbook',
      });
      expect(screen.queryByTestId('improvement-actions')).toBeNull();
    },
  );

  it('approves with the version read and shows the answer', async () => {
    const smoApi = backend(improvement({ version: 3 }));
    await renderSmoPage(PATH, { smoApi });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Approve' }),
    );
    expect(smoApi.transitionImprovement).toHaveBeenCalledWith('imp-1', {
      action: 'approve',
      version: 3,
    });
    await waitFor(() =>
      expect(actionButtons()).toEqual(['Start', 'Abandon', 'Link evidence']),
    );
    expect(screen.getByText('Approved')).toBeInTheDocument();
  });

  it('does not offer approval to whoever raised it', async () => {
    await renderSmoPage(PATH, {
      smoApi: backend(improvement()),
      me: 'user:default/ann',
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Approve' })).toBeDisabled(),
    );
    expect(
      screen.getByText(
        'You raised this improvement: the continual-improvement process owner or the SMO approves it.',
      ),
    ).toBeInTheDocument();
  });

  it('asks why before abandoning', async () => {
    const smoApi = backend(improvement({ status: 'approved' }));
    await renderSmoPage(PATH, { smoApi });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Abandon' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Abandon: Write the checkout runbook',
    });
    const confirm = within(dialog).getByRole('button', { name: 'Abandon' });
    expect(confirm).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Why is it abandoned/ }),
      'Superseded by the platform runbook',
    );
    await userEvent.click(confirm);
    expect(smoApi.transitionImprovement).toHaveBeenCalledWith('imp-1', {
      action: 'abandon',
      version: 1,
      comment: 'Superseded by the platform runbook',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Abandoned')).toBeInTheDocument();
    expect(
      screen.getByText('Superseded by the platform runbook'),
    ).toBeInTheDocument();
  });

  it('shows what the data shows when closing is refused because the goal is not met', async () => {
    const message =
      'The goal is not met: ops.runbook is fail on component:default/checkout (No runbook link found)';
    const smoApi = backend(improvement({ status: 'in-progress', version: 4 }), {
      closeImprovement: rejectingWith(409, message),
    });
    await renderSmoPage(PATH, { smoApi });
    await userEvent.click(await screen.findByRole('button', { name: 'Close' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Close as done: Write the checkout runbook',
    });
    expect(dialog).toHaveTextContent(
      'It closes only when the data meets the goal: ops.runbook passes.',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close as done' }),
    );
    expect(smoApi.closeImprovement).toHaveBeenCalledWith('imp-1', {
      version: 4,
    });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Not closed: the goal is not met');
    expect(alert).toHaveTextContent(message);
    // The dialog stays open; the record is read again for its current version.
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await waitFor(() => expect(smoApi.getImprovement).toHaveBeenCalledTimes(2));
  });

  it('shows the frozen closing summary and data once done', async () => {
    const closed = improvement({
      status: 'in-progress',
      version: 4,
    });
    const smoApi = backend(closed, {
      closeImprovement: async () =>
        improvement({
          ...closed,
          status: 'done',
          version: 5,
          closing: {
            closedBy: 'user:default/bob',
            closedAt: '2026-12-01T09:00:00.000Z',
            summary: 'ops.runbook passes on component:default/checkout',
            data: { checkId: 'ops.runbook', status: 'pass' },
          },
        }),
    });
    await renderSmoPage(PATH, { smoApi });
    await userEvent.click(await screen.findByRole('button', { name: 'Close' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: /Comment/ }),
      'Runbook merged',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Close as done' }),
    );
    expect(smoApi.closeImprovement).toHaveBeenCalledWith('imp-1', {
      version: 4,
      comment: 'Runbook merged',
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Closed as done' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('ops.runbook passes on component:default/checkout'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Data at closing' }))
        .getAllByRole('row')
        .map(r => r.textContent),
    ).toEqual(['FigureValue at closing', 'checkIdops.runbook', 'statuspass']);
    expect(screen.queryByTestId('improvement-actions')).toBeNull();
  });

  it('links evidence by web address and title', async () => {
    const record = improvement({ status: 'approved' });
    const smoApi = backend(record, {
      linkImprovementEvidence: async (_id, evidence) =>
        improvement({
          ...record,
          evidence: [
            {
              ...evidence,
              addedBy: 'user:default/tester',
              addedAt: '2026-11-22T10:00:00.000Z',
            },
          ],
        }),
    });
    await renderSmoPage(PATH, { smoApi });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Link evidence' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Link evidence' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Web address/ }),
      'wiki/runbook',
    );
    expect(
      within(dialog).getByText(
        'Write a web address starting with https:// or http://',
      ),
    ).toBeInTheDocument();
    await userEvent.clear(
      within(dialog).getByRole('textbox', { name: /Web address/ }),
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Web address/ }),
      'https://wiki.example/runbook',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Title/ }),
      'Runbook',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Link evidence' }),
    );
    expect(smoApi.linkImprovementEvidence).toHaveBeenCalledWith('imp-1', {
      url: 'https://wiki.example/runbook',
      title: 'Runbook',
    });
    expect(
      await screen.findByRole('link', { name: /^Runbook/ }),
    ).toHaveAttribute('href', 'https://wiki.example/runbook');
  });
});
