import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockSmoApi,
  rejectingWith,
  renderWithSmo,
} from '../__testUtils__/apis';
import { EXECUTIVE_ID, ExecutiveView } from './ExecutiveView';
import {
  checkoutRow,
  executiveSummary,
  loyaltyRow,
} from './__testUtils__/rollups';

const TITLE =
  /^2 business offerings, weakest first; service levels of October 2026, movement since (Oct 31, 2026|31 Oct 2026)$/;

describe('ExecutiveView', () => {
  it('lists each business offering in business terms', async () => {
    const smoApi = mockSmoApi({
      getExecutiveSummary: async () => executiveSummary(),
    });
    await renderWithSmo(<ExecutiveView />, { smoApi });

    const table = await screen.findByRole('table', { name: TITLE });
    expect(smoApi.getExecutiveSummary).toHaveBeenCalledWith({
      limit: 20,
      offset: 0,
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map(h => h.textContent);
    expect(headers).toEqual([
      'Offering',
      'Readiness',
      'At risk',
      'Service level, October 2026',
      'Accepted risk',
      'Since end of last month',
      'Not ready',
    ]);

    const checkout = within(table).getByRole('row', {
      name: /Online Checkout/,
    });
    const cells = within(checkout)
      .getAllByRole('cell')
      .map(c => c.textContent);
    expect(cells[0]).toBe('Online Checkouttier-1, live');
    expect(cells[1]).toBe('Not ready71/100');
    // The weak offerings the risk comes from, each once; the paths are on the offering's tab.
    expect(cells[2]).toBe('At risk through payment-processing');
    expect(cells[3]).toBe('Breached99.69% available against 99.95% promised');
    expect(cells[4]).toBe('2 waivers: docs.techdocs, ops.runbook');
    expect(cells[5]).toBe('worse: ready → not ready, 84 → 71');
    expect(cells[6]).toMatch(/fraud-screening/);
    expect(
      within(checkout).getByRole('link', { name: 'Online Checkout' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/serviceoffering/online-checkout/governance',
    );

    const loyalty = within(table).getByRole('row', {
      name: /Loyalty Programme/,
    });
    const loyaltyCells = within(loyalty)
      .getAllByRole('cell')
      .map(c => c.textContent);
    expect(loyaltyCells).toEqual([
      'Loyalty Programmetier-3',
      'Ready80/100',
      'No',
      'No figures',
      'None',
      'better: 62 → 80',
      'None',
    ]);
  });

  it('pages through the offerings', async () => {
    const smoApi = mockSmoApi({
      getExecutiveSummary: async query =>
        executiveSummary(query?.offset ? [loyaltyRow] : [checkoutRow], {
          totalCount: 21,
          offset: query?.offset,
        }),
    });
    await renderWithSmo(<ExecutiveView />, { smoApi });
    await screen.findByText('1–20 of 21');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('21–21 of 21');
    expect(smoApi.getExecutiveSummary).toHaveBeenLastCalledWith({
      limit: 20,
      offset: 20,
    });
    expect(screen.getByRole('row', { name: /Loyalty/ })).toBeInTheDocument();
  });

  it('exports every row as CSV and prints the section alone', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:smo';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    const print = jest.spyOn(window, 'print').mockImplementation(() => {
      // The section alone is printed while the dialog is open.
      expect(document.body).toHaveClass(`smo-printing-section-${EXECUTIVE_ID}`);
    });
    const smoApi = mockSmoApi({
      getExecutiveSummary: async query =>
        query?.limit === 200
          ? executiveSummary([checkoutRow, loyaltyRow])
          : executiveSummary([checkoutRow], { totalCount: 2 }),
    });
    await renderWithSmo(<ExecutiveView />, { smoApi });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Export CSV' }),
    );
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(smoApi.getExecutiveSummary).toHaveBeenCalledWith({
      limit: 200,
      offset: 0,
    });
    const lines = (await blobs[0].text()).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^serviceoffering:default\/online-checkout,/);
    expect(lines[2]).toMatch(/^serviceoffering:default\/loyalty-programme,/);

    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body).not.toHaveClass(
      `smo-printing-section-${EXECUTIVE_ID}`,
    );
    click.mockRestore();
    print.mockRestore();
  });

  it('says when no business offering is rolled up, and shows errors with a retry', async () => {
    await renderWithSmo(<ExecutiveView />, {
      smoApi: mockSmoApi({
        getExecutiveSummary: async () => executiveSummary([]),
      }),
    });
    expect(
      await screen.findByText(
        'No business offering is rolled up yet, or none you can see.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('shows an error with a retry', async () => {
    await renderWithSmo(<ExecutiveView />, {
      smoApi: mockSmoApi({ getExecutiveSummary: rejectingWith(500, 'down') }),
    });
    expect(
      await screen.findByRole('button', { name: 'Retry' }),
    ).toBeInTheDocument();
  });
});
