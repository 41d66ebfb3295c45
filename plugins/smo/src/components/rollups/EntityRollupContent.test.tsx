import { screen, waitFor, within, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { offering, system } from '@smo-backstage/plugin-smo-common/testUtils';
import { SmoApi } from '../../api/SmoApi';
import {
  mockSmoApi,
  rejectingWith,
  renderWithSmo,
} from '../__testUtils__/apis';
import { EntityRollupContent } from './EntityRollupContent';
import {
  CHECKOUT,
  checkoutHistory,
  checkoutRollup,
  readySystemRollup,
  techdocsBlocking,
} from './__testUtils__/rollups';

const checkout = offering('online-checkout');
const CHECKOUT_MEMBERS =
  '3 of 4 components ready; 1 retired component not counted.';
/** The checkout roll-up (now) is shown. */
const checkoutShown = () => screen.findByText(CHECKOUT_MEMBERS);

function backend(overrides: Partial<SmoApi> = {}) {
  return mockSmoApi({
    getRollup: async () => checkoutRollup,
    getRollupHistory: async () => checkoutHistory,
    listStandardChanges: async () => ({
      totalCount: 1,
      offset: 0,
      limit: 200,
      items: [techdocsBlocking],
    }),
    ...overrides,
  });
}

describe('EntityRollupContent', () => {
  it('shows a not-ready offering at risk, with its path, members, own checks and accepted risk', async () => {
    const smoApi = backend();
    await renderWithSmo(<EntityRollupContent />, { smoApi, entity: checkout });

    expect(await checkoutShown()).toBeInTheDocument();
    expect(smoApi.getRollup).toHaveBeenCalledWith(CHECKOUT);
    expect(screen.getAllByText('Not ready')[0]).toHaveClass('MuiChip-label');
    expect(screen.getAllByText('At risk').length).toBeGreaterThan(0);

    const paths = screen.getByRole('list', {
      name: 'Dependency paths at risk',
    });
    expect(paths).toHaveTextContent(
      /online-checkout → .*payment-processing \(not ready\)/,
    );
    expect(
      within(paths)
        .getAllByRole('link')
        .map(a => a.getAttribute('href')),
    ).toEqual([
      '/catalog/default/serviceoffering/online-checkout',
      '/catalog/default/serviceoffering/payment-processing',
    ]);

    expect(
      screen.getByText(/Accepted risk: 2 waivers: docs.techdocs, ops.runbook/),
    ).toHaveTextContent('(on 1 component)');
    expect(
      screen.getByText(/own blocking checks not met: offering.support-group/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Every component of this offering in the portfolio',
      }),
    ).toHaveAttribute(
      'href',
      '/smo?offering=serviceoffering%3Adefault%2Fonline-checkout',
    );

    const weakest = screen.getByRole('table', { name: 'Weakest first' });
    const fraud = within(weakest).getByRole('row', { name: /fraud-screening/ });
    expect(fraud).toHaveTextContent('tier-1');
    expect(fraud).toHaveTextContent('Not ready');
    expect(fraud).toHaveTextContent('ops.runbook, continuity.rto');
    expect(within(fraud).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/component/fraud-screening',
    );
    expect(
      within(screen.getByRole('table', { name: 'Not counted' })).getByRole(
        'row',
        { name: /legacy-cart/ },
      ),
    ).toHaveTextContent('retired');

    expect(screen.getByText("The offering's own checks")).toBeInTheDocument();
    expect(
      screen.getByText('Name the support group in spec.supportGroup'),
    ).toBeInTheDocument();
  });

  it('marks the change of standard on the history chart and lists it with its date', async () => {
    await renderWithSmo(<EntityRollupContent />, {
      smoApi: backend(),
      entity: checkout,
    });
    const chart = await screen.findByRole('img', {
      name: /^Roll-up score over time/,
    });
    expect(chart.getAttribute('aria-label')).toMatch(
      /Score 84 → 71\. The standard changed: .*2026 \(docs.techdocs: tier-2 advisory → blocking\)\./,
    );
    expect(screen.getAllByTestId('standard-change-marker')).toHaveLength(1);
    expect(
      screen.getByRole('list', { name: 'Changes of standard' }),
    ).toHaveTextContent(
      /S1, .*2026: Standard changed: docs.techdocs: tier-2 advisory → blocking/,
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Show as a table' }),
    );
    const table = screen.getByRole('table', { name: 'Roll-up history' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      /71Not ready3 of 4Yes/,
    );
  });

  it('shows a ready system with nothing at risk and links to the portfolio by system', async () => {
    await renderWithSmo(<EntityRollupContent />, {
      smoApi: backend({ getRollup: async () => readySystemRollup }),
      entity: system('storefront'),
    });
    expect(await screen.findByText('Ready')).toBeInTheDocument();
    expect(screen.queryByText('At risk')).not.toBeInTheDocument();
    expect(screen.getByText('2 of 2 components ready.')).toBeInTheDocument();
    expect(screen.getByText(/Accepted risk: None/)).toBeInTheDocument();
    expect(screen.queryByText(/own checks/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Every component of this system in the portfolio',
      }),
    ).toHaveAttribute('href', '/smo?system=system%3Adefault%2Fstorefront');
  });

  it('reloads the roll-up as of a date, says so, and goes back to now', async () => {
    const smoApi = backend();
    await renderWithSmo(<EntityRollupContent />, { smoApi, entity: checkout });
    await checkoutShown();

    fireEvent.change(screen.getByLabelText('As of'), {
      target: { value: '2026-10-31' },
    });
    await waitFor(() =>
      expect(smoApi.getRollup).toHaveBeenLastCalledWith(CHECKOUT, {
        asOf: '2026-10-31',
      }),
    );
    const banner = await screen.findByRole('status');
    expect(banner).toHaveTextContent(
      /Showing the state recorded on Oct 31, 2026|Showing the state recorded on 31 Oct 2026/,
    );

    await userEvent.click(
      within(banner).getByRole('button', { name: 'Back to now' }),
    );
    await waitFor(() =>
      expect(smoApi.getRollup).toHaveBeenLastCalledWith(CHECKOUT),
    );
    await checkoutShown();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByLabelText('As of')).toHaveValue('');
  });

  it('says nothing was recorded by a date that is before the first record', async () => {
    const smoApi = backend({
      getRollup: async (_ref, options) => {
        if (options?.asOf) return rejectingWith(404, 'nothing recorded')();
        return checkoutRollup;
      },
    });
    await renderWithSmo(<EntityRollupContent />, {
      smoApi,
      entity: checkout,
      path: '/?asOf=2025-01-15',
    });
    expect(
      await screen.findByText(
        /Nothing was recorded by (Jan 15, 2025|15 Jan 2025)/,
      ),
    ).toBeInTheDocument();
    expect(smoApi.getRollup).toHaveBeenCalledWith(CHECKOUT, {
      asOf: '2025-01-15',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Back to now' }));
    expect(await checkoutShown()).toBeInTheDocument();
  });

  it('explains a roll-up not made yet, and retries', async () => {
    const smoApi = backend({ getRollup: rejectingWith(404, 'no roll-up') });
    await renderWithSmo(<EntityRollupContent />, { smoApi, entity: checkout });
    expect(await screen.findByText('Not rolled up yet')).toBeInTheDocument();
    smoApi.getRollup.mockImplementation(async () => checkoutRollup);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await checkoutShown()).toBeInTheDocument();
  });

  it('shows other errors with a retry', async () => {
    await renderWithSmo(<EntityRollupContent />, {
      smoApi: backend({ getRollup: rejectingWith(500, 'database down') }),
      entity: checkout,
    });
    expect(
      await screen.findByRole('button', { name: 'Retry' }),
    ).toBeInTheDocument();
  });
});
