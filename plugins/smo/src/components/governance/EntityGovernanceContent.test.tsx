import { ReactElement } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings } from 'luxon';
import { EntityGovernanceContent } from './EntityGovernanceContent';
import {
  mockSmoApi,
  renderWithSmo,
  rejectingWith,
  responseError,
} from '../__testUtils__/apis';
import {
  history,
  notReadyResult,
  readyResult,
} from '../__testUtils__/readiness';
import { useGovernance } from './GovernanceContext';
import { SmoApi } from '../../api/SmoApi';
import { component } from '@smo-backstage/plugin-smo-common/testUtils';
import { SUGGESTED_LADDER } from '@smo-backstage/plugin-smo-common';

describe('EntityGovernanceContent', () => {
  const realNow = Settings.now;
  beforeAll(() => {
    Settings.now = () => Date.parse('2026-11-23T12:00:00Z');
  });
  afterAll(() => {
    Settings.now = realNow;
  });

  const fraudScreening = component('fraud-screening');

  /**
   * Renders the tab (or `element`) on fraud-screening; the SMO API answers with the not-ready result and its history
   * unless `api` says otherwise.
   */
  async function renderTab(
    api: Partial<SmoApi> = {},
    options: Omit<Parameters<typeof renderWithSmo>[1], 'smoApi'> = {},
    element: ReactElement = <EntityGovernanceContent />,
  ) {
    const smoApi = mockSmoApi({
      getReadiness: async () => notReadyResult,
      getHistory: async () => history,
      listStandardChanges: async () => ({
        totalCount: 0,
        offset: 0,
        limit: 200,
        items: [],
      }),
      ...api,
    });
    await renderWithSmo(element, {
      entity: fraudScreening,
      ...options,
      smoApi,
    });
    return smoApi;
  }

  it('shows a not-ready verdict with every blocker, its finding and how to fix it, first', async () => {
    const smoApi = await renderTab();

    expect(
      await screen.findByText('Not ready for service — 4 blockers'),
    ).toBeInTheDocument();
    expect(smoApi.getReadiness).toHaveBeenCalledWith(
      'component:default/fraud-screening',
    );
    const blockers = within(screen.getByRole('list', { name: 'Blockers' }))
      .getAllByRole('listitem')
      .map(item => item.textContent);
    expect(blockers).toHaveLength(4);
    expect(blockers[0]).toContain('Runbook linked');
    expect(blockers[0]).toContain('No link of type runbook');
    expect(blockers[0]).toContain(
      'How to fix: Add a link with type: runbook to the component',
    );
    expect(blockers[1]).toContain('Recovery objectives set');
    expect(blockers[1]).toContain('Unknown');
    expect(blockers[3]).toContain('INC-2041 is open (P1)');
  });

  it('shows score, tier with its offering, last evaluation and what it was judged against', async () => {
    await renderTab();

    expect(
      await screen.findByRole('img', { name: 'Readiness score 54 out of 100' }),
    ).toBeInTheDocument();
    expect(screen.getByText('54%')).toBeInTheDocument();
    expect(screen.getByText('tier-1')).toBeInTheDocument();
    expect(screen.getByText(/from offering/)).toHaveTextContent(
      'from offering online-payments',
    );
    expect(screen.getByText('1 hour ago')).toBeInTheDocument();
    // No ladder configured: no level row.
    expect(screen.queryByText('Level')).not.toBeInTheDocument();
    // Linked twice: as the source of the tier, and as an offering it was judged against.
    expect(screen.getAllByText('online-payments')).toHaveLength(2);
    expect(screen.getByText('None in force')).toBeInTheDocument();
    expect(
      screen.getByText('None covering this component'),
    ).toBeInTheDocument();
  });

  it('shows the ladder level when one is configured, and nothing about levels otherwise', async () => {
    await renderTab({
      getReadiness: async () => ({
        ...notReadyResult,
        level: {
          achieved: 'design-ready',
          required: 'transition-ready',
          next: 'transition-ready',
          missing: ['ops.runbook', 'security.review'],
          ladder: SUGGESTED_LADDER.levels,
        },
      }),
    });
    expect(
      await screen.findByText(
        /Design ready — the handover needs Transition ready/,
      ),
    ).toHaveTextContent(
      'Design ready — the handover needs Transition readyTransition ready still needs ops.runbook, security.review',
    );
  });

  it('lists unconfirmed offering claims as changing nothing', async () => {
    await renderTab({
      getReadiness: async () => ({
        ...notReadyResult,
        basis: {
          ...notReadyResult.basis,
          unconfirmedOfferings: ['serviceoffering:default/hijack'],
        },
      }),
    });
    const row = (
      await screen.findByText('Unconfirmed offering claims')
    ).closest('tr')!;
    expect(row).toHaveTextContent(
      'hijack — they list this component, but it neither names them',
    );
    expect(row).toHaveTextContent(
      'so they set no tier, agreement or service owner',
    );
  });

  it('groups checks by ITIL area, unmet first, with a worded status for each', async () => {
    await renderTab();

    expect(
      await screen.findByText('5 checks in 3 areas, 4 not met'),
    ).toBeInTheDocument();
    const operations = screen.getByRole('table', { name: /^Operations/ });
    const rows = within(operations).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual(['Fail', 'Fail', 'Pass']);
    expect(rows[0]).toHaveTextContent('No open major incident');
    expect(rows[2]).toHaveTextContent('On-call is set up');
    // A passed check needs no fix.
    expect(within(rows[2]).getAllByRole('cell')[4]).toHaveTextContent('—');
    expect(
      screen.getByRole('table', { name: /^Continuity/ }),
    ).toHaveTextContent('Unknown');
    expect(screen.getByRole('table', { name: /^Security/ })).toHaveTextContent(
      'Error',
    );
  });

  it('says which campaign governs a check, advisory until its deadline or enforced since, linked to its page', async () => {
    const campaign = {
      id: 'runbooks-2026',
      title: 'Runbooks for tier 1',
      deadline: '2026-12-15',
      enforced: false,
    };
    const governed: Record<string, object> = {
      'ops.runbook': { severity: 'advisory', campaign },
      'northwind.no-major-incident': {
        campaign: {
          ...campaign,
          id: 'incidents',
          title: 'No major incidents',
          deadline: '2026-11-15',
          enforced: true,
        },
      },
    };
    await renderTab({
      getReadiness: async () => ({
        ...notReadyResult,
        checks: notReadyResult.checks.map(c => ({ ...c, ...governed[c.id] })),
      }),
    });
    const operations = await screen.findByRole('table', {
      name: /^Operations/,
    });
    const runbook = within(operations).getByRole('link', {
      name: 'Campaign Runbooks for tier 1: advisory until 2026-12-15',
    });
    expect(runbook).toHaveAttribute('href', '/smo/campaigns/runbooks-2026');
    expect(runbook.closest('tr')).toHaveTextContent('Runbook linked');
    expect(
      within(operations).getByText(
        'Campaign No major incidents: blocking since 2026-11-15',
      ),
    ).toBeInTheDocument();
  });

  it('describes the score trend from the history', async () => {
    await renderTab();
    expect(
      await screen.findByRole('img', {
        name: /^Score trend, .*The standard did not change in this range\.$/,
      }),
    ).toBeInTheDocument();
    // The same in one sentence under the chart.
    expect(
      screen.getByText(/^Score went from 30 on .* to 54 on .* over 2 changes/),
    ).toBeInTheDocument();
  });

  it('marks a change of standard on the score trend, so a drop after it reads as the standard', async () => {
    await renderTab({
      listStandardChanges: async () => ({
        totalCount: 1,
        offset: 0,
        limit: 200,
        items: [
          {
            recordedAt: '2026-11-10T08:00:00.000Z',
            summary: 'docs.techdocs: tier-1 advisory → blocking',
            changes: [
              {
                checkId: 'docs.techdocs',
                change: 'severity',
                description: 'docs.techdocs: tier-1 advisory → blocking',
              },
            ],
          },
        ],
      }),
    });
    expect(
      await screen.findByRole('img', {
        name: /^Score trend, .*The standard changed: .*docs\.techdocs: tier-1 advisory → blocking/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: 'Changes of standard' }),
    ).toHaveTextContent(/S1.*docs\.techdocs: tier-1 advisory → blocking/);
  });

  it('says so when a ready component still has advisory checks to do', async () => {
    await renderTab(
      {
        getReadiness: async () => readyResult,
        getHistory: async () => ({
          entityRef: readyResult.entityRef,
          items: [],
        }),
      },
      { entity: component('loyalty-api') },
    );
    expect(await screen.findByText('Ready for service')).toBeInTheDocument();
    expect(
      screen.getByText(/1 advisory check not met yet/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Blockers' })).toBeNull();
    expect(screen.getByText('Waived')).toBeInTheDocument();
    expect(screen.getByText('N/A')).toBeInTheDocument();
    expect(
      screen.getByText('No score history yet: it starts with the first sweep.'),
    ).toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    await renderTab({
      getReadiness: () => new Promise(() => {}),
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByText(/ready for service/i)).toBeNull();
  });

  it('shows an error with a retry that loads again', async () => {
    const error = await responseError(500, 'database unavailable');
    let calls = 0;
    const smoApi = await renderTab({
      getReadiness: async () => {
        calls += 1;
        if (calls === 1) throw error;
        return notReadyResult;
      },
    });

    expect(
      (await screen.findAllByText(/database unavailable/)).length,
    ).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('Not ready for service — 4 blockers'),
    ).toBeInTheDocument();
    expect(smoApi.getReadiness).toHaveBeenCalledTimes(2);
  });

  it('explains a 403 as missing permission', async () => {
    await renderTab({
      getReadiness: rejectingWith(403, 'not allowed'),
    });
    expect(
      await screen.findByText('You are not permitted to see this'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('explains a 404 as an entity the SMO does not score', async () => {
    await renderTab({
      getReadiness: rejectingWith(404, 'No entity'),
    });
    expect(await screen.findByText('Not scored')).toBeInTheDocument();
    expect(
      screen.getByText(
        /component:default\/fraud-screening has no readiness result/,
      ),
    ).toBeInTheDocument();
  });

  it('lets further sections read the readiness', async () => {
    function WaiverSection() {
      const { readiness } = useGovernance();
      return <p>Waivers for {readiness.blockers.length} blockers</p>;
    }
    await renderTab(
      {},
      {},
      <EntityGovernanceContent>
        <WaiverSection />
      </EntityGovernanceContent>,
    );
    expect(
      await screen.findByText('Waivers for 4 blockers'),
    ).toBeInTheDocument();
  });

  describe('refresh', () => {
    /** Renders the tab with a refresh that `refreshReadiness` answers; resolves to the SMO and alert APIs. */
    async function renderRefreshable(
      refreshReadiness: SmoApi['refreshReadiness'],
    ) {
      const alertApi = { post: jest.fn(), alert$: jest.fn() as any };
      const smoApi = await renderTab({ refreshReadiness }, { alertApi });
      const button = await screen.findByRole('button', { name: 'Refresh now' });
      await waitFor(() => expect(button).toBeEnabled());
      await userEvent.click(button);
      return { smoApi, alertApi };
    }

    it('re-evaluates, shows progress, replaces the result and confirms', async () => {
      let finish: () => void = () => {};
      const { smoApi, alertApi } = await renderRefreshable(
        () =>
          new Promise(resolve => {
            finish = () => resolve(readyResult);
          }),
      );
      expect(
        await screen.findByRole('button', { name: /Refreshing/ }),
      ).toBeDisabled();
      finish();

      expect(await screen.findByText('Ready for service')).toBeInTheDocument();
      expect(smoApi.refreshReadiness).toHaveBeenCalledWith(
        'component:default/fraud-screening',
      );
      expect(alertApi.post).toHaveBeenCalledWith(
        expect.objectContaining({
          message: 'Readiness re-evaluated: 88/100, ready',
          severity: 'success',
        }),
      );
      // The trend follows the new evaluation.
      await waitFor(() => expect(smoApi.getHistory).toHaveBeenCalledTimes(2));
    });

    it('reports a failed refresh and keeps the shown result', async () => {
      const { alertApi } = await renderRefreshable(
        rejectingWith(403, 'You are not allowed to refresh'),
      );

      await waitFor(() =>
        expect(alertApi.post).toHaveBeenCalledWith({
          message:
            'Could not refresh readiness: You are not allowed to refresh',
          severity: 'error',
        }),
      );
      expect(
        screen.getByText('Not ready for service — 4 blockers'),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Refresh now' })).toBeEnabled();
    });

    it('is disabled, with the reason, without the refresh permission', async () => {
      // Another entity: permission answers are cached per resource across tests.
      await renderTab(
        {},
        { entity: component('product-search'), allowed: false },
      );
      expect(
        await screen.findByText(/You are not permitted to refresh readiness/),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Refresh now' }),
      ).toBeDisabled();
    });
  });
});
