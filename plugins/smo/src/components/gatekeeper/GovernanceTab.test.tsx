import { screen } from '@testing-library/react';
import { mockSmoApi, renderWithSmo } from '../__testUtils__/apis';
import { emptyWorkflow } from '../__testUtils__/gatekeeper';
import { readyResult } from '../__testUtils__/readiness';
import { GovernanceTab } from './GovernanceTab';
import { component } from '@smo-backstage/plugin-smo-common/testUtils';

describe('GovernanceTab', () => {
  it('shows the readiness, then handover, waivers, attestations, the decision log and added sections', async () => {
    const smoApi = mockSmoApi({
      getReadiness: async () => readyResult,
      getHistory: async () => ({ entityRef: readyResult.entityRef, items: [] }),
      listStandardChanges: async () => ({
        totalCount: 0,
        offset: 0,
        limit: 200,
        items: [],
      }),
      ...emptyWorkflow,
    });
    await renderWithSmo(
      <GovernanceTab>
        <p>Custom section</p>
      </GovernanceTab>,
      { smoApi, entity: component('loyalty-api') },
    );
    expect(await screen.findByText('Ready for service')).toBeInTheDocument();
    const titles = [
      'Handover to operations',
      'Waivers',
      'Attestations',
      'Decision log',
    ];
    for (const title of titles) {
      expect(await screen.findByText(title)).toBeInTheDocument();
    }
    expect(screen.getByText('Custom section')).toBeInTheDocument();
    expect(smoApi.listHandovers).toHaveBeenCalledWith({
      entityRef: 'component:default/loyalty-api',
    });
  });
});
