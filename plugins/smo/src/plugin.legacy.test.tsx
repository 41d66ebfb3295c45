import { Route, Routes } from 'react-router-dom';
import { screen } from '@testing-library/react';
import {
  EntityGovernanceContent,
  EntityReadinessCard,
  EntityRollupContent,
  EntityServiceLevelsContent,
  SmoPortfolioPage,
  smoLegacyPlugin,
  smoRootRouteRef,
} from './plugin.legacy';
import { smoApiRef } from './api/SmoApi';
import { mockSmoApi, renderWithSmo } from './components/__testUtils__/apis';
import { history, readyResult } from './components/__testUtils__/readiness';
import { emptyWorkflow } from './components/__testUtils__/gatekeeper';
import {
  checkDefinitions,
  listReadinessOver,
  portfolioRows,
} from './components/portfolio/__testUtils__/fakeBackend';
import { component } from '@smo-backstage/plugin-smo-common/testUtils';
import { offeringReport } from './components/serviceLevels/__testUtils__/report';
import { onlineCheckout } from './components/kinds/__testUtils__/fixtures';
import { checkoutRollup } from './components/rollups/__testUtils__/rollups';
import {
  emptyImprovement,
  techdocsDetail,
} from './components/improvement/__testUtils__/improvement';

describe('smo legacy plugin', () => {
  const smoApi = mockSmoApi({
    getReadiness: async () => readyResult,
    getHistory: async () => history,
    listStandardChanges: async () => ({
      totalCount: 0,
      offset: 0,
      limit: 200,
      items: [],
    }),
    listReadiness: listReadinessOver(portfolioRows),
    getChecks: async () => checkDefinitions,
    ...emptyWorkflow,
    getExpiring: async () => ({ days: 30, waivers: [], attestations: [] }),
    ...emptyImprovement,
    getCampaign: async () => techdocsDetail,
    listCampaignMembers: async () => ({ totalCount: 0, items: [] }),
  });

  it('is the smo plugin and provides the SMO API', () => {
    expect(smoLegacyPlugin.getId()).toBe('smo');
    expect([...smoLegacyPlugin.getApis()].map(f => f.api)).toEqual([smoApiRef]);
  });

  it('provides the Governance tab content with the gatekeeper sections', async () => {
    await renderWithSmo(<EntityGovernanceContent />, {
      smoApi,
      entity: component('loyalty-api'),
    });
    expect(await screen.findByText('Ready for service')).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Request handover' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No decision recorded for this component yet.'),
    ).toBeInTheDocument();
  });

  it('provides the Service levels tab content of agreements and offerings', async () => {
    await renderWithSmo(<EntityServiceLevelsContent />, {
      smoApi: mockSmoApi({ getServiceLevels: async () => offeringReport }),
      entity: onlineCheckout,
    });
    expect(await screen.findByText('Service-level report')).toBeInTheDocument();
  });

  it('provides the Governance tab content of offerings, systems and groups', async () => {
    await renderWithSmo(<EntityRollupContent />, {
      smoApi: mockSmoApi({
        getRollup: async () => checkoutRollup,
        getRollupHistory: async () => ({ entityRef: '', items: [] }),
        listStandardChanges: async () => ({
          totalCount: 0,
          offset: 0,
          limit: 200,
          items: [],
        }),
      }),
      entity: onlineCheckout,
    });
    expect(
      await screen.findByText(
        '3 of 4 components ready; 1 retired component not counted.',
      ),
    ).toBeInTheDocument();
  });

  it('provides the readiness card', async () => {
    await renderWithSmo(<EntityReadinessCard />, {
      smoApi,
      entity: component('loyalty-api'),
    });
    expect(
      await screen.findByText('Every blocking check is met.'),
    ).toBeInTheDocument();
  });

  it('provides the portfolio page', async () => {
    await renderWithSmo(
      <Routes>
        <Route path="/smo" element={<SmoPortfolioPage />} />
      </Routes>,
      { smoApi, path: '/smo', mountedRoutes: { '/smo': smoRootRouteRef } },
    );
    expect(await screen.findByText('Service readiness')).toBeInTheDocument();
    expect(
      await screen.findByText('2 of 4 components ready'),
    ).toBeInTheDocument();
  });

  it('routes to a campaign page under the portfolio page', async () => {
    await renderWithSmo(
      <Routes>
        <Route path="/smo/*" element={<SmoPortfolioPage />} />
      </Routes>,
      {
        smoApi,
        path: '/smo/campaigns/techdocs-2026',
        mountedRoutes: { '/smo': smoRootRouteRef },
      },
    );
    expect(
      await screen.findByRole('heading', { name: 'TechDocs everywhere' }),
    ).toBeInTheDocument();
    expect(smoApi.getCampaign).toHaveBeenCalledWith('techdocs-2026');
  });
});
