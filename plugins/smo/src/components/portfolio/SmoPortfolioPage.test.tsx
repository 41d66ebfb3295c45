import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listItems } from '../__testUtils__/queries';
import { SmoPortfolioPage } from './SmoPortfolioPage';
import {
  mockSmoApi,
  renderWithSmo,
  rejectingWith,
  responseError,
} from '../__testUtils__/apis';
import {
  checkDefinitions,
  listReadinessOver,
  portfolioRows,
} from './__testUtils__/fakeBackend';
import { emptyWorkflow } from '../__testUtils__/gatekeeper';
import {
  executiveSummary,
  trendByOffering,
} from '../rollups/__testUtils__/rollups';
import { emptyImprovement } from '../improvement/__testUtils__/improvement';

/** The service-level section's answer when no incident source is configured. */
const notMeasured = async () => ({
  month: '2026-10',
  measured: false,
  totalCount: 0,
  offset: 0,
  limit: 20,
  items: [],
});

function backend(rows = portfolioRows) {
  return mockSmoApi({
    listReadiness: listReadinessOver(rows),
    getChecks: async () => checkDefinitions,
    ...emptyWorkflow,
    getExpiring: async () => ({ days: 30, waivers: [], attestations: [] }),
    listServiceLevels: notMeasured,
    getExecutiveSummary: async () => executiveSummary(),
    getPortfolioTrend: async () => trendByOffering,
    ...emptyImprovement,
  });
}

/** Component names in table order. */
function tableRows() {
  const table = screen.getByRole('table', { name: 'Scored components' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(r => within(r).getAllByRole('cell')[0].textContent);
}

/** The list queries that asked for a table page (the tiles read sorted by entity ref in pages of 500). */
const pageQueries = (smoApi: ReturnType<typeof backend>) =>
  smoApi.listReadiness.mock.calls.map(c => c[0]).filter(q => q?.limit !== 500);

async function choose(label: RegExp, option: string) {
  await userEvent.click(screen.getByRole('button', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('SmoPortfolioPage', () => {
  it('has the executive view and the portfolio trend, each a section under its own heading', async () => {
    await renderWithSmo(<SmoPortfolioPage />, { smoApi: backend() });
    const executive = await screen.findByRole('region', {
      name: 'Executive view',
    });
    expect(executive).toHaveAttribute('id', 'smo-executive-view');
    expect(
      await within(executive).findByRole('row', { name: /Online Checkout/ }),
    ).toHaveTextContent('worse: ready → not ready, 84 → 71');
    const trend = screen.getByRole('region', { name: 'Portfolio trend' });
    expect(
      await within(trend).findByRole('img', {
        name: /^Readiness score by offering/,
      }),
    ).toBeInTheDocument();
  });

  it('has the campaigns, continual improvement and waiver debt, each a section under its own heading', async () => {
    await renderWithSmo(<SmoPortfolioPage />, { smoApi: backend() });
    const campaigns = await screen.findByRole('region', { name: 'Campaigns' });
    expect(
      await within(campaigns).findByText(
        'No campaign is configured (smo.improvement.campaigns).',
      ),
    ).toBeInTheDocument();
    const csi = screen.getByRole('region', { name: 'Continual improvement' });
    expect(
      within(csi).getByRole('button', { name: 'Raise improvement' }),
    ).toBeInTheDocument();
    expect(
      await within(csi).findByRole('heading', { name: 'CSI register' }),
    ).toBeInTheDocument();
    expect(
      await within(
        screen.getByRole('region', { name: 'Waiver debt' }),
      ).findByText('No approved waiver is in force: no waiver debt.'),
    ).toBeInTheDocument();
  });

  it('lists scored components, lowest score first, with verdict, blockers and a link to their Governance tab', async () => {
    const smoApi = backend();
    await renderWithSmo(<SmoPortfolioPage />, { smoApi });

    await screen.findByRole('table', { name: 'Scored components' });
    expect(tableRows()).toEqual([
      'Product SearchGovernance',
      'Fraud ScreeningGovernance',
      'Loyalty APIGovernance',
      'Payments GatewayGovernance',
    ]);
    const fraud = screen.getByRole('row', { name: /Fraud Screening/ });
    expect(fraud).toHaveTextContent('Not ready');
    expect(fraud).toHaveTextContent('2 blockers');
    expect(fraud).toHaveTextContent('Runbook linked, Recovery objectives set');
    expect(
      within(fraud).getByRole('link', {
        name: 'Governance of Fraud Screening',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/fraud-screening/governance',
    );
    expect(pageQueries(smoApi)[0]).toEqual({
      sort: 'score',
      order: 'asc',
      limit: 25,
      offset: 0,
    });
  });

  it('sets one document title, so a first render that an update interrupts cannot flip it (issue 13)', async () => {
    await renderWithSmo(<SmoPortfolioPage />, { smoApi: backend() });
    await screen.findByRole('table', { name: 'Scored components' });
    expect(
      screen.getByRole('heading', { name: 'Gatekeeper', level: 2 }),
    ).toBeInTheDocument();
    // react-helmet writes document.title on the next animation frame; the section below the table must not win.
    await waitFor(() => expect(document.title).toMatch(/Portfolio/));
    expect(document.title).not.toMatch(/Gatekeeper/);
  });

  it('summarises readiness, blockers by area, services and teams at risk', async () => {
    await renderWithSmo(<SmoPortfolioPage />, { smoApi: backend() });

    expect(
      await screen.findByText('2 of 4 components ready'),
    ).toBeInTheDocument();
    expect(screen.getByText('50%')).toBeInTheDocument();
    expect(listItems('Blockers by area')).toEqual([
      'Operations2 blockers in 2 components',
      'Continuity1 blocker in 1 component',
    ]);
    expect(listItems('Services at risk')).toEqual([
      'online-payments1 of 2 not ready',
      'online-shop1 of 1 not ready',
    ]);
    expect(listItems('Teams with blockers')).toEqual([
      'team-payments1 of 2 not ready',
      'team-search1 of 1 not ready',
    ]);
  });

  it('filters by verdict on the server and keeps the filter in the URL', async () => {
    const smoApi = backend();
    await renderWithSmo(<SmoPortfolioPage />, { smoApi });
    await screen.findByRole('table', { name: 'Scored components' });

    await choose(/Verdict/, 'Not ready');

    await waitFor(() =>
      expect(tableRows()).toEqual([
        'Product SearchGovernance',
        'Fraud ScreeningGovernance',
      ]),
    );
    expect(pageQueries(smoApi).at(-1)).toMatchObject({
      verdict: 'not-ready',
      offset: 0,
    });
    // Tiles follow the filter.
    expect(
      await screen.findByText('0 of 2 components ready'),
    ).toBeInTheDocument();
  });

  it('starts from filters in the URL and clears them', async () => {
    const smoApi = backend();
    await renderWithSmo(<SmoPortfolioPage />, {
      smoApi,
      path: '/?owner=group:default/team-payments',
    });
    await waitFor(() =>
      expect(tableRows()).toEqual([
        'Fraud ScreeningGovernance',
        'Payments GatewayGovernance',
      ]),
    );
    expect(screen.getByRole('button', { name: /Owner/ })).toHaveTextContent(
      'team-payments',
    );

    await userEvent.click(
      screen.getAllByRole('button', { name: 'Clear filters' })[0],
    );
    await waitFor(() => expect(tableRows()).toHaveLength(4));
  });

  it('narrows to a service at risk from its tile', async () => {
    const smoApi = backend();
    await renderWithSmo(<SmoPortfolioPage />, { smoApi });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Show only online-shop' }),
    );
    await waitFor(() =>
      expect(tableRows()).toEqual(['Product SearchGovernance']),
    );
    expect(pageQueries(smoApi).at(-1)).toMatchObject({
      offering: 'serviceoffering:default/online-shop',
    });
  });

  it('sorts by score on the server, toggling the order', async () => {
    const smoApi = backend();
    await renderWithSmo(<SmoPortfolioPage />, { smoApi });
    await screen.findByRole('table', { name: 'Scored components' });

    await userEvent.click(screen.getByRole('button', { name: 'Score' }));
    await waitFor(() =>
      expect(tableRows()[0]).toBe('Payments GatewayGovernance'),
    );
    expect(pageQueries(smoApi).at(-1)).toMatchObject({
      sort: 'score',
      order: 'desc',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Component' }));
    await waitFor(() =>
      expect(tableRows()[0]).toBe('Fraud ScreeningGovernance'),
    );
    expect(pageQueries(smoApi).at(-1)).toMatchObject({
      sort: 'entityRef',
      order: 'asc',
    });
  });

  it('pages through the server', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...portfolioRows[0],
      entityRef: `component:default/svc-${String(i).padStart(2, '0')}`,
      title: `Service ${String(i).padStart(2, '0')}`,
      score: i,
    }));
    const smoApi = backend(many);
    await renderWithSmo(<SmoPortfolioPage />, { smoApi });
    await screen.findByText('1-25 of 30');
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('26-30 of 30');
    expect(tableRows()[0]).toBe('Service 25Governance');
    expect(pageQueries(smoApi).at(-1)).toMatchObject({ offset: 25, limit: 25 });
  });

  it('exports the filtered rows as CSV', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:smo';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});

    await renderWithSmo(<SmoPortfolioPage />, {
      smoApi: backend(),
      path: '/?verdict=not-ready',
    });
    const button = await screen.findByRole('button', {
      name: 'Export CSV (2 rows)',
    });
    await userEvent.click(button);

    expect(click).toHaveBeenCalledTimes(1);
    const csv = await blobs[0].text();
    expect(csv.split('\r\n')).toEqual([
      'entityRef,title,tier,verdict,score,blockers,offerings,owner,system,evaluatedAt',
      'component:default/fraud-screening,Fraud Screening,tier-1,not-ready,54,ops.runbook continuity.recovery-objectives,serviceoffering:default/online-payments,group:default/team-payments,system:default/payments,2026-11-23T10:00:00.000Z',
      'component:default/product-search,Product Search,tier-2,not-ready,40,ops.owner,serviceoffering:default/online-shop,group:default/team-search,system:default/storefront,2026-11-23T10:00:00.000Z',
      '',
    ]);
    click.mockRestore();
  });

  it('explains an empty portfolio', async () => {
    await renderWithSmo(<SmoPortfolioPage />, { smoApi: backend([]) });
    expect(
      await screen.findByText('No scored components yet'),
    ).toBeInTheDocument();
    expect(screen.getByText('No scored components')).toBeInTheDocument();
    // The portfolio's, first on the page (the executive view has one of its own).
    expect(
      screen.getAllByRole('button', { name: /^Export CSV/ })[0],
    ).toBeDisabled();
  });

  it('explains when no component matches the filters', async () => {
    await renderWithSmo(<SmoPortfolioPage />, {
      smoApi: backend(),
      path: '/?tier=tier-4',
    });
    expect(
      await screen.findByText('No component matches these filters'),
    ).toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    await renderWithSmo(<SmoPortfolioPage />, {
      smoApi: mockSmoApi({
        listReadiness: () => new Promise(() => {}),
        getChecks: async () => [],
      }),
    });
    expect(screen.getAllByTestId('progress').length).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows an error with a retry', async () => {
    const error = await responseError(500, 'readiness store unavailable');
    let failing = true;
    const list = listReadinessOver(portfolioRows);
    const smoApi = mockSmoApi({
      listReadiness: async q => {
        if (failing) throw error;
        return list(q);
      },
      getChecks: async () => checkDefinitions,
      ...emptyWorkflow,
      getExpiring: async () => ({ days: 30, waivers: [], attestations: [] }),
      listServiceLevels: notMeasured,
      getExecutiveSummary: async () => executiveSummary(),
      getPortfolioTrend: async () => trendByOffering,
      ...emptyImprovement,
    });
    await renderWithSmo(<SmoPortfolioPage />, { smoApi });
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(2),
    );
    failing = false;
    for (const retry of screen.getAllByRole('button', { name: 'Retry' })) {
      await userEvent.click(retry);
    }
    await screen.findByRole('table', { name: 'Scored components' });
    expect(
      await screen.findByText('2 of 4 components ready'),
    ).toBeInTheDocument();
  });

  it('explains a 403', async () => {
    await renderWithSmo(<SmoPortfolioPage />, {
      smoApi: mockSmoApi({
        listReadiness: rejectingWith(403),
        getChecks: async () => [],
      }),
    });
    expect(
      (await screen.findAllByText('You are not permitted to see this')).length,
    ).toBeGreaterThan(0);
  });
});
