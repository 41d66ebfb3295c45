import {
  cleanup,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Waiver } from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { rejectingWith } from '../__testUtils__/apis';
import { waiver } from '@smo-backstage/plugin-smo-common/testUtils';
import { notReadyResult } from '../__testUtils__/readiness';
import { renderSection } from '../__testUtils__/renderSection';
import { WaiversCard } from './WaiversCard';

const candidates = () =>
  within(screen.getByRole('table', { name: 'Checks not met' }))
    .getAllByRole('row')
    .slice(1);

describe('WaiversCard', () => {
  it('offers a waiver for each failing or unknown check, not for errors or passes', async () => {
    await renderSection(<WaiversCard />, { readiness: notReadyResult });
    await screen.findByRole('table', { name: 'Checks not met' });
    expect(candidates().map(r => r.querySelector('th')!.textContent)).toEqual([
      'Runbook linkedops.runbook',
      'Recovery objectives setcontinuity.recovery-objectives',
      'No open major incidentnorthwind.no-major-incident',
    ]);
    expect(
      screen.getByText('No waiver has been requested for this component.'),
    ).toBeInTheDocument();
  });

  it('requests a waiver with justification and an expiry within the maximum, then reloads', async () => {
    let items: Waiver[] = [];
    const { smoApi, entityRef } = await renderSection(<WaiversCard />, {
      readiness: notReadyResult,
      api: ref => ({
        listWaivers: async () => items,
        requestWaiver: async request => {
          items = [waiver(ref, { checkId: request.checkId })];
          return items[0];
        },
      }),
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Request waiver for Runbook linked',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Request a waiver: Runbook linked',
    });
    const expiry = within(dialog).getByLabelText(/Expires on/);
    const max = DateTime.now().plus({ days: 90 }).toISODate();
    expect(expiry).toHaveAttribute('max', max);
    expect(expiry).toHaveValue(max);
    expect(
      within(dialog).getByText(`At most 90 days from today (${max})`),
    ).toBeInTheDocument();

    fireEvent.change(expiry, {
      target: { value: DateTime.now().plus({ days: 30 }).toISODate() },
    });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Justification/ }),
      'Runbook in review',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Request waiver' }),
    );

    expect(smoApi.requestWaiver).toHaveBeenCalledWith({
      entityRef,
      checkId: 'ops.runbook',
      justification: 'Runbook in review',
      expiresAt: expect.any(String),
    });
    const expiresAt = DateTime.fromISO(
      smoApi.requestWaiver.mock.calls[0][0].expiresAt,
    );
    expect(Math.round(expiresAt.diffNow('days').days)).toBe(30);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The requested waiver now stands in for the button.
    const row = candidates()[0];
    expect(row).toHaveTextContent('Requested');
    expect(within(row).queryByRole('button')).toBeNull();
    expect(smoApi.getReadiness).toHaveBeenCalledTimes(2);
  });

  it('moves the focus into the request dialog, onto the justification, and back to its button when cancelled', async () => {
    await renderSection(<WaiversCard />, { readiness: notReadyResult });
    const request = await screen.findByRole('button', {
      name: 'Request waiver for Runbook linked',
    });
    request.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', {
      name: 'Request a waiver: Runbook linked',
    });
    await waitFor(() =>
      expect(
        within(dialog).getByRole('textbox', { name: /Justification/ }),
      ).toHaveFocus(),
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(request).toHaveFocus();
  });

  it('offers to ask under the campaign that governs the check, and sends its id only when chosen', async () => {
    const campaign = {
      id: 'runbooks-2026',
      title: 'Runbooks for tier 1',
      deadline: '2026-12-15',
      enforced: false,
    };
    const { smoApi, entityRef } = await renderSection(<WaiversCard />, {
      readiness: {
        ...notReadyResult,
        checks: notReadyResult.checks.map(c =>
          c.id === 'ops.runbook' ? { ...c, campaign } : c,
        ),
      },
      api: ref => ({
        requestWaiver: async request =>
          waiver(ref, { checkId: request.checkId }),
      }),
    });
    const ask = async (name: string, underCampaign: boolean) => {
      await userEvent.click(await screen.findByRole('button', { name }));
      const dialog = screen.getByRole('dialog');
      const choice = within(dialog).queryByRole('checkbox', {
        name: 'Under campaign Runbooks for tier 1 (deadline 2026-12-15)',
      });
      if (underCampaign) await userEvent.click(choice!);
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: /Justification/ }),
        'In review',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Request waiver' }),
      );
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      return choice;
    };

    expect(await ask('Request waiver for Runbook linked', true)).not.toBeNull();
    expect(smoApi.requestWaiver).toHaveBeenLastCalledWith({
      entityRef,
      checkId: 'ops.runbook',
      justification: 'In review',
      expiresAt: expect.any(String),
      campaignId: 'runbooks-2026',
    });
    // A check no campaign governs has no such choice.
    expect(
      await ask('Request waiver for No open major incident', false),
    ).toBeNull();
    expect(smoApi.requestWaiver.mock.calls[1][0]).not.toHaveProperty(
      'campaignId',
    );
  });

  it('says how many waivers a waiver renews and the campaign it was asked under', async () => {
    await renderSection(<WaiversCard />, {
      readiness: notReadyResult,
      api: ref => ({
        listWaivers: async () => [
          waiver(ref, {
            status: 'approved',
            renews: 2,
            campaignId: 'runbooks-2026',
          }),
          waiver(ref, { id: 'w-2', checkId: 'security.review', renews: 0 }),
        ],
      }),
    });
    const rows = within(
      await screen.findByRole('table', { name: 'Requested and decided' }),
    )
      .getAllByRole('row')
      .slice(1);
    expect(rows[0]).toHaveTextContent(
      'Approvedrenewal 2, under campaign runbooks-2026',
    );
    expect(rows[1]).not.toHaveTextContent('renewal');
  });

  it('limits the expiry to smo.waivers.maxDays from the frontend config', async () => {
    await renderSection(<WaiversCard />, {
      readiness: notReadyResult,
      config: { smo: { waivers: { maxDays: 30 } } },
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Request waiver for Runbook linked',
      }),
    );
    const max = DateTime.now().plus({ days: 30 }).toISODate();
    expect(screen.getByLabelText(/Expires on/)).toHaveAttribute('max', max);
    expect(
      screen.getByText(`At most 30 days from today (${max})`),
    ).toBeInTheDocument();
  });

  it('shows the backend 400 with the limit in the dialog', async () => {
    await renderSection(<WaiversCard />, {
      readiness: notReadyResult,
      api: () => ({
        requestWaiver: rejectingWith(
          400,
          'Invalid body: expiresAt: a waiver may last at most 90 days (until 2027-02-21)',
        ),
      }),
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Request waiver for Runbook linked',
      }),
    );
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Expires on/), {
      target: { value: DateTime.now().plus({ days: 120 }).toISODate() },
    });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Justification/ }),
      'x',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Request waiver' }),
    );
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Please check your input');
    expect(alert).toHaveTextContent(
      'a waiver may last at most 90 days (until 2027-02-21)',
    );
  });

  it('lets the SMO approve a requested waiver and revoke an approved one', async () => {
    let items: Waiver[] = [];
    const { smoApi } = await renderSection(<WaiversCard />, {
      readiness: notReadyResult,
      api: ref => {
        items = [waiver(ref)];
        return {
          listWaivers: async () => items,
          decideWaiver: async () => {
            items = [
              waiver(ref, {
                status: 'approved',
                approvedBy: 'user:default/smo-lead',
              }),
            ];
            return items[0];
          },
          revokeWaiver: async () => items[0],
        };
      },
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Approve the waiver for Runbook linked',
      }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /Comment/ }),
      'fine for a month',
    );
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Approve',
      }),
    );
    expect(smoApi.decideWaiver).toHaveBeenCalledWith('w-1', {
      decision: 'approve',
      comment: 'fine for a month',
    });

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Revoke the waiver for Runbook linked',
      }),
    );
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByRole('button', { name: 'Revoke' }),
    ).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox'),
      'runbook exists now',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Revoke' }),
    );
    expect(smoApi.revokeWaiver).toHaveBeenCalledWith(
      'w-1',
      'runbook exists now',
    );
  });

  it('disables requests and decisions without the permissions, naming them', async () => {
    await renderSection(<WaiversCard />, {
      readiness: notReadyResult,
      permit: () => false,
      api: ref => ({ listWaivers: async () => [waiver(ref)] }),
    });
    const request = await screen.findByRole('button', {
      name: 'Request waiver for Recovery objectives set',
    });
    await waitFor(() =>
      expect(
        screen.getByText(/not permitted to request waivers/),
      ).toHaveTextContent('smo.waiver.request'),
    );
    expect(request).toBeDisabled();
    expect(
      screen.getByRole('button', {
        name: 'Approve the waiver for Runbook linked',
      }),
    ).toBeDisabled();
    expect(
      screen.getByText(/not permitted to decide on waivers/),
    ).toHaveTextContent('smo.waiver.decide');
  });

  it('does not offer the requester a decision on their own waiver and says why, unless configured', async () => {
    const render = (config?: object) =>
      renderSection(<WaiversCard />, {
        readiness: notReadyResult,
        me: 'user:default/ann',
        config,
        api: ref => ({ listWaivers: async () => [waiver(ref)] }),
      });
    const approve = () =>
      screen.findByRole('button', {
        name: 'Approve the waiver for Runbook linked',
      });
    await render();
    await waitFor(async () => expect(await approve()).toBeDisabled());
    expect(
      screen.getByRole('button', {
        name: 'Reject the waiver for Runbook linked',
      }),
    ).toBeDisabled();
    expect(
      screen.getByText(
        'You requested this waiver. Separation of duties: the requester of a waiver cannot decide it; someone else from the SMO must.',
      ),
    ).toBeInTheDocument();
    cleanup();

    await render({
      smo: { separationOfDuties: { waiverRequesterMayDecide: true } },
    });
    await waitFor(async () => expect(await approve()).toBeEnabled());
    expect(screen.queryByText(/You requested this waiver/)).toBeNull();
  });

  it('reloads and explains a 409 when someone else decided first', async () => {
    await renderSection(<WaiversCard />, {
      readiness: notReadyResult,
      api: ref => ({
        listWaivers: async () => [waiver(ref)],
        decideWaiver: rejectingWith(
          409,
          'Waiver w-1 is approved; only a requested waiver can be approved',
        ),
      }),
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Approve the waiver for Runbook linked',
      }),
    );
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Approve',
      }),
    );
    expect(
      await within(screen.getByRole('dialog')).findByRole('alert'),
    ).toHaveTextContent(
      'Waiver w-1 is approved; only a requested waiver can be approved',
    );
  });
});
