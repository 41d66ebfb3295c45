import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockSmoApi,
  rejectingWith,
  renderWithSmo,
} from '../__testUtils__/apis';
import { checkoutSla, onlineCheckout } from '../kinds/__testUtils__/fixtures';
import { EntityServiceLevelsContent } from './EntityServiceLevelsContent';
import { agreementReport, offeringReport } from './__testUtils__/report';

describe('EntityServiceLevelsContent', () => {
  it("shows an SLA's attainment per target and month, its months and the incidents behind each breach", async () => {
    const smoApi = mockSmoApi({
      getServiceLevels: async () => agreementReport,
    });
    await renderWithSmo(<EntityServiceLevelsContent />, {
      smoApi,
      entity: checkoutSla,
    });
    expect(smoApi.getServiceLevels).toHaveBeenCalledWith(
      'servicelevelagreement:default/sla-online-checkout',
    );
    expect(
      await screen.findByRole('img', {
        name: 'Attainment by target and month. September 2026 to November 2026: targets missed in September 2026.',
      }),
    ).toBeInTheDocument();

    const attainment = screen.getByRole('table', {
      name: 'Attainment by target',
    });
    expect(
      within(attainment)
        .getAllByRole('row')
        .map(r =>
          within(r)
            .queryAllByRole(
              r === within(attainment).getAllByRole('row')[0]
                ? 'columnheader'
                : 'cell',
            )
            .map(c => c.textContent),
        ),
    ).toEqual([
      ['Target', 'Sep 2026', 'Oct 2026', 'Nov 2026'],
      ['P1 response', '100%1 of 1', '100%3 of 3', '100%1 of 1'],
      ['P1 resolution', '0%0 of 1', '100%3 of 3', '–0 of 0, 1 open'],
      ['Availability', '99.23%', '100%', '–'],
    ]);

    const months = screen.getByRole('table', { name: 'Months' });
    expect(
      within(months)
        .getAllByRole('row')
        .slice(1)
        .map(r =>
          within(r)
            .getAllByRole('cell')
            .map(c => c.textContent),
        ),
    ).toEqual([
      [
        'November 2026',
        'Open incidents',
        '–',
        '1 incident still open, inside its targets',
        'Open',
      ],
      [
        'October 2026',
        'Met',
        '100% of 99.95%',
        '100% available against 99.95% promised; all 3 incidents within their targets',
        'Frozen 2026-11-04',
      ],
      [
        'September 2026',
        'Breached',
        '99.23% of 99.95%',
        '99.23% available against 99.95% promised (5 h 30 min of outage); the P1 incident resolved late; every other target met',
        'Frozen 2026-10-04',
      ],
    ]);

    const breaches = screen.getByRole('table', { name: 'Breaches' });
    const [breach] = within(breaches).getAllByRole('row').slice(1);
    expect(breach).toHaveTextContent(
      'INC-30473 — Checkout down: database cluster failed over',
    );
    expect(breach).toHaveTextContent(
      'opened 22 Sep 2026 07:05 UTC on online-checkout-web',
    );
    expect(breach).toHaveTextContent('5 h 30 min against 4 h');
    expect(breach).toHaveTextContent(
      'ola-platform-hosting: missed (5 h 30 min against 2 h)',
    );
    expect(
      within(breach).getByRole('link', { name: 'ola-platform-hosting' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/servicelevelagreement/ola-platform-hosting',
    );

    const corrections = screen.getByRole('table', {
      name: 'Corrections of frozen months',
    });
    expect(within(corrections).getAllByRole('row')[1]).toHaveTextContent(
      'September 2026November 20262026-11-101 → 2; availability 99.23% → 99.1%',
    );
  });

  it('reports an offering in business terms, exportable as CSV and printable', async () => {
    const smoApi = mockSmoApi({ getServiceLevels: async () => offeringReport });
    const print = jest.spyOn(window, 'print').mockImplementation(() => {});
    await renderWithSmo(<EntityServiceLevelsContent />, {
      smoApi,
      entity: onlineCheckout,
    });
    expect(await screen.findByText('Service-level report')).toBeInTheDocument();
    // The headline is the last closed month when there is one, else the latest.
    const headline = screen
      .getByText(/^\(Online Checkout SLA\):/)
      .closest('p')!;
    expect(headline.textContent).toMatch(
      /^online-checkout in (October|November) 2026 \(Online Checkout SLA\): /,
    );
    expect(
      screen.getByRole('table', { name: 'Every month' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Service levels: Online Checkout SLA'),
    ).toBeInTheDocument();

    const createObjectURL = jest.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says when nothing is measured, and when no agreement governs the offering', async () => {
    await renderWithSmo(<EntityServiceLevelsContent />, {
      smoApi: mockSmoApi({
        getServiceLevels: async () => ({ ...offeringReport, measured: false }),
      }),
      entity: onlineCheckout,
    });
    expect(
      await screen.findByText('Service levels are not measured'),
    ).toBeInTheDocument();
  });

  it('says when no agreement governs the offering', async () => {
    await renderWithSmo(<EntityServiceLevelsContent />, {
      smoApi: mockSmoApi({
        getServiceLevels: async () => ({ ...offeringReport, agreements: [] }),
      }),
      entity: onlineCheckout,
    });
    expect(
      await screen.findByText('No agreement to measure'),
    ).toBeInTheDocument();
  });

  it('shows a failed read with a retry', async () => {
    const smoApi = mockSmoApi({
      getServiceLevels: rejectingWith(500, 'database is locked'),
    });
    await renderWithSmo(<EntityServiceLevelsContent />, {
      smoApi,
      entity: checkoutSla,
    });
    expect(
      (await screen.findAllByText(/database is locked/)).length,
    ).toBeGreaterThan(0);
    smoApi.getServiceLevels.mockResolvedValueOnce(agreementReport);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('table', { name: 'Months' }),
    ).toBeInTheDocument();
  });
});
