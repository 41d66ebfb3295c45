import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { mockSmoApi, renderWithSmo } from '../__testUtils__/apis';
import { ServiceLevelSummary } from './ServiceLevelSummary';
import { closedMonths, monthLabel } from './serviceLevelText';
import { ServiceLevelOfferingRow } from '../../api/SmoApi';

const row = (
  name: string,
  status: ServiceLevelOfferingRow['status'],
  summary: string[],
  breaches = 0,
): ServiceLevelOfferingRow => ({
  offeringRef: `serviceoffering:default/${name}`,
  title: name.replace(/-/g, ' '),
  status,
  agreements: [
    {
      agreementRef: `servicelevelagreement:default/sla-${name}`,
      type: 'sla',
      status,
      summary,
      breaches,
      frozen: true,
    },
  ],
});

const ROWS = [
  row('online-checkout', 'breached', ['2 of 41 P2 incidents resolved late'], 2),
  row('loyalty', 'met', ['all 12 incidents within their targets']),
  ...Array.from({ length: 23 }, (_, i) =>
    row(`quiet-${i}`, 'no-incidents', ['no incidents']),
  ),
];

function backend() {
  return mockSmoApi({
    listServiceLevels: async (query = {}) => ({
      month: query.month!,
      measured: true,
      totalCount: ROWS.length,
      offset: query.offset ?? 0,
      limit: query.limit ?? 50,
      items: ROWS.slice(
        query.offset ?? 0,
        (query.offset ?? 0) + (query.limit ?? 50),
      ),
    }),
  });
}

describe('ServiceLevelSummary', () => {
  it("lists the last closed month's offerings as the backend orders them, worst first, with their agreements in business terms", async () => {
    const smoApi = backend();
    await renderWithSmo(<ServiceLevelSummary />, { smoApi });
    const [last] = closedMonths(DateTime.utc(), 1);
    const table = await screen.findByRole('table', {
      name: `${monthLabel(last)}: 25 offerings, worst first`,
    });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent(
      'online checkoutBreachedsla-online-checkout: 2 of 41 P2 incidents resolved late2',
    );
    expect(
      within(first).getByRole('link', { name: 'online checkout' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/serviceoffering/online-checkout/service-levels',
    );
    expect(second).toHaveTextContent('loyaltyMet');
    expect(smoApi.listServiceLevels).toHaveBeenLastCalledWith({
      month: last,
      limit: 20,
      offset: 0,
    });
  });

  it('pages through the offerings and reads another month from the start', async () => {
    const smoApi = backend();
    await renderWithSmo(<ServiceLevelSummary />, { smoApi });
    expect(await screen.findByText('1–20 of 25')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('21–25 of 25')).toBeInTheDocument();

    const [, previous] = closedMonths(DateTime.utc(), 2);
    await userEvent.click(screen.getByRole('button', { name: /Month/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: monthLabel(previous) }),
    );
    expect(smoApi.listServiceLevels).toHaveBeenLastCalledWith({
      month: previous,
      limit: 20,
      offset: 0,
    });
    expect(await screen.findByText('1–20 of 25')).toBeInTheDocument();
  });

  it('says when service levels are not measured', async () => {
    await renderWithSmo(<ServiceLevelSummary />, {
      smoApi: mockSmoApi({
        listServiceLevels: async () => ({
          month: '2026-10',
          measured: false,
          totalCount: 0,
          offset: 0,
          limit: 20,
          items: [],
        }),
      }),
    });
    expect(
      await screen.findByText(/Service levels are not measured/),
    ).toBeInTheDocument();
  });
});
