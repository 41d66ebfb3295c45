import { screen } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import {
  coreExtensionData,
  ExtensionDefinition,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  entityGovernanceContent,
  entityReadinessCard,
  entityRollupContent,
  smoPortfolioPage,
} from './extensions';
import { smoApiRef } from './api/SmoApi';
import {
  mockSmoApi,
  permissionAnswering,
} from './components/__testUtils__/apis';
import { history, notReadyResult } from './components/__testUtils__/readiness';
import {
  checkDefinitions,
  listReadinessOver,
  portfolioRows,
} from './components/portfolio/__testUtils__/fakeBackend';
import {
  component,
  group,
  system,
} from '@smo-backstage/plugin-smo-common/testUtils';
import { checkoutRollup } from './components/rollups/__testUtils__/rollups';
import {
  emptyImprovement,
  improvement,
  techdocsCampaign,
} from './components/improvement/__testUtils__/improvement';

const fraudScreening = component('fraud-screening');
const offering: Entity = {
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ServiceOffering',
  metadata: { name: 'online-payments', namespace: 'default' },
  spec: {},
};

function filterOf(extension: ExtensionDefinition<any>, dataRef: any) {
  return createExtensionTester(extension).get(dataRef) as
    | ((entity: Entity) => boolean)
    | undefined;
}

const smoApi = mockSmoApi({
  getReadiness: async () => notReadyResult,
  getHistory: async () => history,
  listReadiness: listReadinessOver(portfolioRows),
  getChecks: async () => checkDefinitions,
  getRollup: async () => checkoutRollup,
  getRollupHistory: async () => ({ entityRef: '', items: [] }),
  listStandardChanges: async () => ({
    totalCount: 0,
    offset: 0,
    limit: 200,
    items: [],
  }),
  ...emptyImprovement,
  listCampaigns: async () => [techdocsCampaign],
  getImprovement: async () => improvement(),
});
const apis = [
  [smoApiRef, smoApi],
  [permissionApiRef, permissionAnswering(true)],
  [catalogApiRef, catalogApiMock({ entities: [fraudScreening] })],
] as const;

describe('SMO extensions (new frontend system)', () => {
  it('adds the Governance tab at governance/, on Components only', () => {
    const tester = createExtensionTester(entityGovernanceContent);
    expect(tester.get(coreExtensionData.routePath)).toBe('governance');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Governance',
    );
    const filter = filterOf(
      entityGovernanceContent,
      EntityContentBlueprint.dataRefs.filterFunction,
    );
    expect(filter?.(fraudScreening)).toBe(true);
    expect(filter?.(offering)).toBe(false);
  });

  it('adds the Governance tab of roll-ups at governance/, on ServiceOfferings, Systems and Groups', () => {
    const tester = createExtensionTester(entityRollupContent);
    expect(tester.get(coreExtensionData.routePath)).toBe('governance');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Governance',
    );
    const filter = filterOf(
      entityRollupContent,
      EntityContentBlueprint.dataRefs.filterFunction,
    );
    expect(filter?.(offering)).toBe(true);
    expect(filter?.(system('storefront'))).toBe(true);
    expect(filter?.(group('team-checkout'))).toBe(true);
    expect(filter?.(fraudScreening)).toBe(false);
  });

  it('adds the readiness card on Components, ServiceOfferings, Systems and Groups', () => {
    const filter = filterOf(
      entityReadinessCard,
      EntityCardBlueprint.dataRefs.filterFunction,
    );
    expect(filter?.(fraudScreening)).toBe(true);
    expect(filter?.(offering)).toBe(true);
    expect(filter?.(system('storefront'))).toBe(true);
    expect(filter?.(group('team-checkout'))).toBe(true);
    expect(
      filter?.({ ...offering, kind: 'ServiceLevelAgreement' } as Entity),
    ).toBe(false);
  });

  it('mounts the portfolio at /smo with the SMO title and icon for the sidebar', () => {
    const tester = createExtensionTester(smoPortfolioPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/smo');
    expect(tester.get(coreExtensionData.title)).toBe('SMO');
    expect(tester.get(coreExtensionData.icon)).toBeDefined();
  });

  it('renders the Governance tab on an entity page', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: fraudScreening }),
        entityGovernanceContent,
      ],
      apis: [...apis],
    });
    expect(
      await screen.findByText('Not ready for service — 4 blockers'),
    ).toBeInTheDocument();
  });

  it('renders the roll-up Governance tab on an offering page', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: offering }),
        entityRollupContent,
      ],
      apis: [...apis],
    });
    expect(
      await screen.findByText(
        '3 of 4 components ready; 1 retired component not counted.',
      ),
    ).toBeInTheDocument();
  });

  it('renders the readiness card on an entity page', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: fraudScreening }),
        entityReadinessCard,
      ],
      apis: [...apis],
    });
    expect(await screen.findByText('4 blockers, top 3:')).toBeInTheDocument();
  });

  it('renders the portfolio page', async () => {
    renderTestApp({
      extensions: [smoPortfolioPage],
      apis: [...apis],
      initialRouteEntries: ['/smo'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(await screen.findByText('Service readiness')).toBeInTheDocument();
    expect(
      await screen.findByText('2 of 4 components ready'),
    ).toBeInTheDocument();
    // The campaign page is a sub-route of the page, wherever it is mounted.
    expect(
      await screen.findByRole('link', { name: 'TechDocs everywhere' }),
    ).toHaveAttribute('href', '/smo/campaigns/techdocs-2026');
  });

  it('renders an improvement page under the SMO page', async () => {
    renderTestApp({
      extensions: [smoPortfolioPage],
      apis: [...apis],
      initialRouteEntries: ['/smo/improvements/imp-1'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(
      await screen.findByRole('heading', {
        name: 'Write the checkout runbook',
      }),
    ).toBeInTheDocument();
    expect(smoApi.getImprovement).toHaveBeenCalledWith('imp-1');
  });
});
