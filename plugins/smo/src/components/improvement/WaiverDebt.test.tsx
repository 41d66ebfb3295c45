import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockSmoApi, renderWithSmo } from '../__testUtils__/apis';
import { WaiverDebt } from './WaiverDebt';
import { debtByOffering, debtByTeam } from './__testUtils__/improvement';

const rows = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .map(r => r.textContent);

describe('WaiverDebt', () => {
  it('shows the debt by team, and by offering on choosing it', async () => {
    const smoApi = mockSmoApi({
      getWaiverDebt: async query => {
        const items = query?.by === 'offering' ? debtByOffering : debtByTeam;
        return { totalCount: items.length, items };
      },
    });
    await renderWithSmo(<WaiverDebt />, { smoApi });
    await screen.findByRole('table', { name: 'Waiver debt by team' });
    expect(rows('Waiver debt by team')).toEqual([
      'TeamWaivers in forceOldest (days)Average age (days)RenewalsScoreScore without waivers',
      'team-checkout41204628163',
    ]);
    expect(smoApi.getWaiverDebt).toHaveBeenCalledWith({
      by: 'team',
      limit: 20,
      offset: 0,
    });

    await userEvent.click(screen.getByRole('button', { name: /Group/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'By offering' }),
    );
    await waitFor(() =>
      expect(rows('Waiver debt by offering')).toEqual([
        'OfferingWaivers in forceOldest (days)Average age (days)RenewalsScoreScore without waivers',
        'online-checkout3903017870',
      ]),
    );
    expect(smoApi.getWaiverDebt).toHaveBeenLastCalledWith({
      by: 'offering',
      limit: 20,
      offset: 0,
    });
  });

  it('says when there is no waiver debt', async () => {
    await renderWithSmo(<WaiverDebt />, {
      smoApi: mockSmoApi({
        getWaiverDebt: async () => ({ totalCount: 0, items: [] }),
      }),
    });
    expect(
      await screen.findByText(
        'No approved waiver is in force: no waiver debt.',
      ),
    ).toBeInTheDocument();
  });
});
