import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockSmoApi,
  renderWithSmo,
  rejectingWith,
} from '../__testUtils__/apis';
import {
  attestation,
  decision,
  handover,
  waiver,
} from '@smo-backstage/plugin-smo-common/testUtils';
import { emptyWorkflow } from '../__testUtils__/gatekeeper';
import { GatekeeperOverview } from './GatekeeperOverview';

const items = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map(li => li.textContent);

describe('GatekeeperOverview', () => {
  it('lists the handover queue, waivers awaiting a decision, expiring evidence and recent decisions', async () => {
    const web = 'component:default/online-checkout-web';
    const cart = 'component:default/cart-service';
    const smoApi = mockSmoApi({
      listHandovers: async query =>
        query?.state === 'submitted'
          ? [
              handover(cart, {
                id: 'h-2',
                state: 'submitted',
                updatedAt: '2026-11-22T09:00:00.000Z',
              }),
            ]
          : [
              handover(web, {
                state: 'in-review',
                updatedAt: '2026-11-23T09:00:00.000Z',
              }),
            ],
      listWaivers: async () => [
        waiver(web, { checkId: 'release.rollback-tested' }),
      ],
      getExpiring: async () => ({
        days: 30,
        waivers: [waiver(cart, { status: 'approved' })],
        attestations: [
          { ...attestation(web), validUntil: '2026-12-01T00:00:00.000Z' },
        ],
      }),
      listDecisions: async () => [decision(web)],
    });
    await renderWithSmo(<GatekeeperOverview />, { smoApi });

    expect(
      await screen.findByRole('list', { name: 'Handover queue' }),
    ).toBeInTheDocument();
    expect(items('Handover queue')).toEqual([
      expect.stringMatching(
        /^online-checkout-web \(governance\) — In review, requested by ann/,
      ),
      expect.stringMatching(/^cart-service \(governance\) — Submitted/),
    ]);
    expect(smoApi.listHandovers).toHaveBeenCalledWith({ state: 'submitted' });
    expect(smoApi.listHandovers).toHaveBeenCalledWith({ state: 'in-review' });
    const [link] = screen.getAllByRole('link', { name: '(governance)' });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/component/online-checkout-web/governance',
    );

    expect(items('Waivers awaiting a decision')[0]).toContain(
      'release.rollback-tested',
    );
    expect(smoApi.listWaivers).toHaveBeenCalledWith({ status: 'requested' });
    expect(items('Expiring soon')).toEqual([
      expect.stringMatching(/^Waiver of ops.runbook on cart-service/),
      expect.stringMatching(
        /^Attestation restore-tested of online-checkout-web/,
      ),
    ]);
    expect(smoApi.getExpiring).toHaveBeenCalledWith(30);
    expect(
      screen.getByRole('table', { name: 'Recent decisions' }),
    ).toHaveTextContent('Handover: submit (draft → submitted)');
    expect(smoApi.listDecisions).toHaveBeenCalledWith({ limit: 20 });
  });

  it('says when nothing waits, and shows errors with a retry per card', async () => {
    const smoApi = mockSmoApi({
      ...emptyWorkflow,
      getExpiring: rejectingWith(500, 'expiry query failed'),
    });
    await renderWithSmo(<GatekeeperOverview />, { smoApi });
    expect(
      await screen.findByText('No handover waits for the SMO.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No waiver waits for a decision.'),
    ).toBeInTheDocument();
    expect(screen.getByText('No decision recorded yet.')).toBeInTheDocument();
    expect(
      (await screen.findAllByText(/expiry query failed/)).length,
    ).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(smoApi.getExpiring).toHaveBeenCalledTimes(2);
  });
});
