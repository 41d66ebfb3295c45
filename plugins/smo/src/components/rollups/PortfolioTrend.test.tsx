import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockSmoApi, renderWithSmo } from '../__testUtils__/apis';
import { PortfolioTrend } from './PortfolioTrend';
import { trendByOffering } from './__testUtils__/rollups';

describe('PortfolioTrend', () => {
  it('draws a line per offering and marks the change of standard', async () => {
    const smoApi = mockSmoApi({
      getPortfolioTrend: async () => trendByOffering,
    });
    await renderWithSmo(<PortfolioTrend />, { smoApi });

    const chart = await screen.findByRole('img', {
      name: /^Readiness score by offering/,
    });
    expect(smoApi.getPortfolioTrend).toHaveBeenCalledWith({
      by: 'offering',
      limit: 8,
      offset: 0,
    });
    expect(chart.getAttribute('aria-label')).toMatch(
      /: Online Checkout 84 → 71; payment-processing 60 → 65\. The standard changed: .*2026 \(docs.techdocs: tier-2 advisory → blocking\)\.$/,
    );
    expect(chart.querySelectorAll('path')).toHaveLength(2);
    expect(screen.getAllByTestId('standard-change-marker')).toHaveLength(1);
    expect(
      within(screen.getByRole('list', { name: 'Legend' }))
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual(['Online Checkout', 'payment-processing']);
    expect(
      screen.getByRole('list', { name: 'Changes of standard' }),
    ).toHaveTextContent(
      /S1, (Oct 15, 2026|15 Oct 2026): Standard changed: docs.techdocs: tier-2 advisory → blocking/,
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Show as a table' }),
    );
    const table = screen.getByRole('table', {
      name: 'Readiness score by offering',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(r => r.textContent),
    ).toEqual([
      expect.stringMatching(/^Online Checkout84 \(.+\)71 \(.+\)71843 of 4$/),
      expect.stringMatching(/^payment-processing60 \(.+\)65 \(.+\)60651 of 2$/),
    ]);
  });

  it('asks for the lines by team or tier', async () => {
    const smoApi = mockSmoApi({
      getPortfolioTrend: async query => ({
        ...trendByOffering,
        by: query?.by ?? 'offering',
        standardChanges: [],
        series:
          query?.by === 'tier'
            ? [
                {
                  key: 'tier-1',
                  points: [
                    { date: '2026-10-01', score: 70, ready: 3, total: 5 },
                  ],
                },
              ]
            : trendByOffering.series,
        totalCount: query?.by === 'tier' ? 1 : 2,
      }),
    });
    await renderWithSmo(<PortfolioTrend />, { smoApi });
    await screen.findByRole('img', { name: /^Readiness score by offering/ });

    await userEvent.click(screen.getByRole('button', { name: /Lines by/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Tier' }));
    await waitFor(() =>
      expect(smoApi.getPortfolioTrend).toHaveBeenLastCalledWith({
        by: 'tier',
        limit: 8,
        offset: 0,
      }),
    );
    const chart = await screen.findByRole('img', {
      name: /^Readiness score by tier/,
    });
    expect(chart.getAttribute('aria-label')).toMatch(
      /tier-1 70\. The standard did not change in this range\.$/,
    );
    expect(
      screen.getByText(
        'The standard (the checks in force) did not change in this range.',
      ),
    ).toBeInTheDocument();
  });
});
