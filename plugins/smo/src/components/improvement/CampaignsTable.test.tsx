import { screen, within } from '@testing-library/react';
import { mockSmoApi, renderWithSmo } from '../__testUtils__/apis';
import { CampaignsTable } from './CampaignsTable';
import { readyCampaign, techdocsCampaign } from './__testUtils__/improvement';

describe('CampaignsTable', () => {
  it('lists each campaign with status, scope, deadlines, progress and missed, linked to its page', async () => {
    await renderWithSmo(<CampaignsTable />, {
      smoApi: mockSmoApi({
        listCampaigns: async () => [techdocsCampaign, readyCampaign],
      }),
      path: '/smo',
    });
    const table = await screen.findByRole('table', {
      name: '2 campaigns, soonest deadline first',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => r.textContent)).toEqual([
      'TechDocs everywhereEnforcing some tiersOfferings online-checkout; tiers tier-1, tier-2' +
        'tier-1 2026-11-15, tier-2 2026-12-15, tier-3 2026-12-15, tier-4 2026-12-15' +
        '5 of 10 met, 2 waived, 3 open1',
      'Ready by springScheduledEvery scored component2027-03-31, every tier0 of 4 met, 0 waived, 4 openNone',
    ]);
    expect(
      within(rows[0]).getByRole('link', { name: 'TechDocs everywhere' }),
    ).toHaveAttribute('href', '/campaigns/techdocs-2026');
  });

  it('says when no campaign is configured', async () => {
    await renderWithSmo(<CampaignsTable />, {
      smoApi: mockSmoApi({ listCampaigns: async () => [] }),
    });
    expect(
      await screen.findByText(
        'No campaign is configured (smo.improvement.campaigns).',
      ),
    ).toBeInTheDocument();
  });
});
