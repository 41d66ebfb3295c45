import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Handover } from '@smo-backstage/plugin-smo-common';
import { rejectingWith, responseError } from '../__testUtils__/apis';
import { handover, signOff } from '@smo-backstage/plugin-smo-common/testUtils';
import { notReadyResult } from '../__testUtils__/readiness';
import { renderSection } from '../__testUtils__/renderSection';
import { HandoverCard } from './HandoverCard';

const actionButtons = () =>
  within(screen.getByRole('group', { name: 'Handover actions' }))
    .getAllByRole('button')
    .map(b => b.textContent);

/** A backend holding one handover that the test moves on. */
function holding(initial: (entityRef: string) => Handover) {
  const state: { current?: Handover } = {};
  return {
    state,
    /** Moves the held handover on, as another action would, and returns it. */
    moveTo(change: Partial<Handover>) {
      state.current = { ...state.current!, ...change };
      return state.current;
    },
    api: (entityRef: string) => {
      state.current = initial(entityRef);
      return {
        listHandovers: async () => [state.current!],
        getHandover: async () => state.current!,
      };
    },
  };
}

describe('HandoverCard', () => {
  it('requests a handover when there is none, then shows the draft and reloads the readiness', async () => {
    let items: Handover[] = [];
    const { smoApi, alertApi, entityRef } = await renderSection(
      <HandoverCard />,
      {
        api: ref => ({
          listHandovers: async () => items,
          createHandover: async () => {
            items = [handover(ref)];
            return items[0];
          },
        }),
      },
    );
    expect(
      await screen.findByText(/No handover has been requested yet/),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Request handover' }),
    );

    expect(smoApi.createHandover).toHaveBeenCalledWith(entityRef);
    expect(
      await screen.findByRole('group', { name: 'Handover actions' }),
    ).toBeInTheDocument();
    expect(actionButtons()).toEqual(['Submit', 'Withdraw']);
    expect(
      screen.getByRole('group', { name: 'Handover state: Draft' }),
    ).toBeInTheDocument();
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({ severity: 'success' }),
    );
    expect(smoApi.getReadiness).toHaveBeenCalledTimes(2);
  });

  it.each<[Handover['state'], string[]]>([
    ['draft', ['Submit', 'Withdraw']],
    ['submitted', ['Start review', 'Reject', 'Withdraw']],
    ['in-review', ['Accept', 'Reject', 'Withdraw']],
    ['rejected', ['Reopen', 'Withdraw']],
    ['accepted', ['Start early-life support']],
    ['early-life-support', ['Complete early-life support']],
  ])('offers the actions a %s handover allows', async (state, expected) => {
    const backend = holding(ref => handover(ref, { state }));
    await renderSection(<HandoverCard />, { api: backend.api });
    await screen.findByRole('group', { name: 'Handover actions' });
    expect(actionButtons()).toEqual(expected);
    actionButtons().forEach(label =>
      expect(screen.getByRole('button', { name: label! })).toBeEnabled(),
    );
  });

  it('shows an operational handover done, without actions', async () => {
    const backend = holding(ref => handover(ref, { state: 'operational' }));
    await renderSection(<HandoverCard />, { api: backend.api });
    expect(
      await screen.findByRole('group', { name: 'Handover state: Operational' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('group', { name: 'Handover actions' }),
    ).toBeNull();
  });

  it('disables the actions the user is not permitted and names the permission', async () => {
    const backend = holding(ref => handover(ref, { state: 'in-review' }));
    await renderSection(<HandoverCard />, {
      api: backend.api,
      permit: name => name !== 'smo.handover.decide',
    });
    await screen.findByRole('group', { name: 'Handover actions' });
    await waitFor(() =>
      expect(
        screen.getByText(/not permitted to take some of these actions/),
      ).toHaveTextContent('smo.handover.decide'),
    );
    expect(screen.getByRole('button', { name: 'Accept' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reject' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeEnabled();
    expect(
      screen.getByRole('button', { name: 'Sign off as SMO approver' }),
    ).toBeEnabled();
  });

  it('sends the version it showed with a transition', async () => {
    const backend = holding(ref => handover(ref, { version: 4 }));
    const { smoApi } = await renderSection(<HandoverCard />, {
      api: ref => ({
        ...backend.api(ref),
        transitionHandover: async () =>
          backend.moveTo({ state: 'submitted', version: 5 }),
      }),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Submit' }),
    );
    expect(smoApi.transitionHandover).toHaveBeenCalledWith('h-1', {
      action: 'submit',
      version: 4,
    });
    expect(
      await screen.findByRole('button', { name: 'Start review' }),
    ).toBeInTheDocument();
  });

  it('explains before and after the click why accepting is refused', async () => {
    const backend = holding(ref =>
      handover(ref, {
        state: 'in-review',
        signOffs: [signOff('service-owner', 'approve')],
      }),
    );
    await renderSection(<HandoverCard />, {
      readiness: notReadyResult,
      api: ref => ({
        ...backend.api(ref),
        transitionHandover: rejectingWith(
          409,
          'component:default/x is not ready: blocked by security.review',
        ),
      }),
    });
    expect(
      await screen.findByText(/Accepting needs a ready verdict/),
    ).toHaveTextContent(
      'now the component is not ready (blocked by ops.runbook, continuity.recovery-objectives, security.review, northwind.no-major-incident), and approving sign-offs are missing: SMO approver, Incident process owner, Change process owner.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Refused in the current state');
    expect(alert).toHaveTextContent(
      'component:default/x is not ready: blocked by security.review',
    );
    expect(alert).not.toHaveTextContent('Someone else');
  });

  it('reloads on a stale version and says someone else acted', async () => {
    const stale = await responseError(
      409,
      'Handover h-1 is at version 3, not 2; reload and try again',
    );
    const backend = holding(ref =>
      handover(ref, { state: 'submitted', version: 2 }),
    );
    const { smoApi } = await renderSection(<HandoverCard />, {
      api: ref => ({
        ...backend.api(ref),
        transitionHandover: async () => {
          // Someone else started the review a moment earlier.
          backend.moveTo({ state: 'in-review', version: 3 });
          throw stale;
        },
      }),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Start review' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Someone else acted on this handover in the meantime: it is now in review.',
    );
    expect(alert).toHaveTextContent('at version 3, not 2');
    expect(
      await screen.findByRole('button', { name: 'Accept' }),
    ).toBeInTheDocument();
    expect(smoApi.listHandovers).toHaveBeenCalledTimes(2);
  });

  it('asks for a comment to reject and sends it', async () => {
    const backend = holding(ref => handover(ref, { state: 'in-review' }));
    const { smoApi } = await renderSection(<HandoverCard />, {
      api: ref => ({
        ...backend.api(ref),
        transitionHandover: async () => backend.state.current!,
      }),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Reject' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Reject the handover' });
    const confirm = within(dialog).getByRole('button', { name: 'Reject' });
    expect(confirm).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Why is it rejected/ }),
      'No restore test yet',
    );
    await userEvent.click(confirm);
    expect(smoApi.transitionHandover).toHaveBeenCalledWith('h-1', {
      action: 'reject',
      version: 1,
      comment: 'No restore test yet',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('completes early-life support with the exit note', async () => {
    const backend = holding(ref =>
      handover(ref, { state: 'early-life-support', version: 9 }),
    );
    const { smoApi } = await renderSection(<HandoverCard />, {
      api: ref => ({
        ...backend.api(ref),
        transitionHandover: async () =>
          backend.moveTo({ state: 'operational', version: 10 }),
      }),
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Complete early-life support',
      }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /Exit note/ }),
      'Two weeks without P1',
    );
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Complete early-life support',
      }),
    );
    expect(smoApi.transitionHandover).toHaveBeenCalledWith('h-1', {
      action: 'complete-early-life-support',
      version: 9,
      comment: 'Two weeks without P1',
    });
    expect(
      await screen.findByRole('group', { name: 'Handover state: Operational' }),
    ).toBeInTheDocument();
  });

  describe('sign-offs', () => {
    it('lists the latest sign-off of each required role with who, when and the comment', async () => {
      const backend = holding(ref =>
        handover(ref, {
          state: 'in-review',
          signOffs: [
            signOff('smo-approver', 'reject', { comment: 'no runbook' }),
            signOff('service-owner', 'approve', {
              actor: 'user:default/carol',
              comment: 'we run it',
            }),
            signOff('smo-approver', 'approve', { comment: 'runbook added' }),
          ],
        }),
      );
      await renderSection(<HandoverCard />, { api: backend.api });
      const table = await screen.findByRole('table', {
        name: 'Required sign-offs',
      });
      const rows = within(table)
        .getAllByRole('row')
        .slice(1)
        .map(r => r.textContent);
      expect(rows[0]).toMatch(/^Service ownerApprovedcarol.*we run it/);
      expect(rows[1]).toMatch(/^SMO approverApprovedbob.*runbook added/);
      expect(rows[1]).not.toContain('no runbook');
      expect(rows[2]).toMatch(/^Incident process ownerPending—/);
      expect(rows[3]).toMatch(/^Change process ownerPending—/);
    });

    it('signs off in a role with a decision and a comment, then shows it', async () => {
      const backend = holding(ref => handover(ref, { state: 'submitted' }));
      const { smoApi } = await renderSection(<HandoverCard />, {
        api: ref => ({
          ...backend.api(ref),
          signOffHandover: async (_id, request) => {
            return backend.moveTo({
              signOffs: [
                signOff(request.role, request.decision, {
                  comment: request.comment,
                }),
              ],
            });
          },
        }),
      });
      await userEvent.click(
        await screen.findByRole('button', {
          name: 'Sign off as Change process owner',
        }),
      );
      const dialog = screen.getByRole('dialog', {
        name: 'Sign off as Change process owner',
      });
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'Comment' }),
        'CAB agrees',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Approve' }),
      );
      expect(smoApi.signOffHandover).toHaveBeenCalledWith('h-1', {
        role: 'change-process-owner',
        decision: 'approve',
        comment: 'CAB agrees',
      });
      const row = await screen.findByRole('row', {
        name: /Change process owner Approved/,
      });
      expect(row).toHaveTextContent('CAB agrees');
    });

    it('needs a comment to reject in a role', async () => {
      const backend = holding(ref => handover(ref, { state: 'in-review' }));
      await renderSection(<HandoverCard />, { api: backend.api });
      await userEvent.click(
        await screen.findByRole('button', { name: 'Sign off as SMO approver' }),
      );
      const dialog = screen.getByRole('dialog');
      await userEvent.click(
        within(dialog).getByRole('radio', { name: 'Reject' }),
      );
      expect(
        within(dialog).getByRole('button', { name: 'Reject' }),
      ).toBeDisabled();
    });

    it('shows the backend 403 when the user does not hold the role, keeping the dialog open', async () => {
      const backend = holding(ref => handover(ref, { state: 'in-review' }));
      await renderSection(<HandoverCard />, {
        api: ref => ({
          ...backend.api(ref),
          signOffHandover: rejectingWith(
            403,
            'user:default/ann does not hold the role incident-process-owner for component:default/x',
          ),
        }),
      });
      await userEvent.click(
        await screen.findByRole('button', {
          name: 'Sign off as Incident process owner',
        }),
      );
      const dialog = screen.getByRole('dialog');
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Approve' }),
      );
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent('Not permitted');
      expect(alert).toHaveTextContent(
        'does not hold the role incident-process-owner',
      );
    });

    it('hides sign-off buttons outside review and disables them without the permission', async () => {
      const backend = holding(ref => handover(ref, { state: 'submitted' }));
      await renderSection(<HandoverCard />, {
        api: backend.api,
        permit: name => name !== 'smo.handover.sign-off',
      });
      const button = await screen.findByRole('button', {
        name: 'Sign off as Service owner',
      });
      await waitFor(() =>
        expect(screen.getByText(/not permitted to sign off/)).toHaveTextContent(
          'smo.handover.sign-off',
        ),
      );
      expect(button).toBeDisabled();
    });
  });

  it('does not offer the requester Accept, nor the SMO approval, and says why', async () => {
    const backend = holding(ref =>
      handover(ref, { state: 'in-review', requestedBy: 'user:default/ann' }),
    );
    await renderSection(<HandoverCard />, {
      api: backend.api,
      me: 'user:default/ann',
    });
    await screen.findByText(
      'You requested this handover. Separation of duties: the requester of a handover cannot accept it.',
    );
    expect(screen.getByRole('button', { name: 'Accept' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reject' })).toBeEnabled();
    expect(
      screen.getByRole('button', { name: 'Sign off as SMO approver' }),
    ).toBeDisabled();
    expect(
      screen.getByText(
        'Separation of duties: the requester of a handover cannot give its SMO approval.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Sign off as Service owner' }),
    ).toBeEnabled();
  });

  it('offers a person who signed off in one role no second role in the round', async () => {
    const backend = holding(ref =>
      handover(ref, {
        state: 'in-review',
        signOffs: [signOff('service-owner', 'approve')],
      }),
    );
    await renderSection(<HandoverCard />, {
      api: backend.api,
      me: 'user:default/bob',
    });
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Sign off as SMO approver' }),
      ).toBeDisabled(),
    );
    // Changing one's own decision in that role stays possible.
    expect(
      screen.getByRole('button', { name: 'Sign off as Service owner' }),
    ).toBeEnabled();
    expect(
      screen.getAllByText(
        'Separation of duties: one person gives at most one sign-off per review round, and this person already signed off as service-owner.',
      ),
    ).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Accept' })).toBeEnabled();
  });

  it('offers a new request after a withdrawal', async () => {
    const backend = holding(ref => handover(ref, { state: 'withdrawn' }));
    await renderSection(<HandoverCard />, { api: backend.api });
    expect(
      await screen.findByText(/The last handover was withdrawn/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Request handover' }),
    ).toBeEnabled();
  });

  it('shows an error with a retry', async () => {
    const failure = await responseError(500, 'database unavailable');
    let calls = 0;
    await renderSection(<HandoverCard />, {
      api: ref => ({
        listHandovers: async () => {
          calls += 1;
          if (calls === 1) throw failure;
          return [handover(ref)];
        },
      }),
    });
    expect(
      (await screen.findAllByText(/database unavailable/)).length,
    ).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('button', { name: 'Submit' }),
    ).toBeInTheDocument();
  });

  it('explains a 403 on reading as missing permission', async () => {
    await renderSection(<HandoverCard />, {
      api: () => ({
        listHandovers: rejectingWith(403, 'not allowed'),
      }),
    });
    expect(
      await screen.findByText('You are not permitted to see this'),
    ).toBeInTheDocument();
  });
});
