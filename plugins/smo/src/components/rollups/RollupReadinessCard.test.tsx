import { screen } from '@testing-library/react';
import { offering, group } from '@smo-backstage/plugin-smo-common/testUtils';
import { EntityReadinessCard } from '../card/EntityReadinessCard';
import {
  mockSmoApi,
  rejectingWith,
  renderWithSmo,
} from '../__testUtils__/apis';
import { CHECKOUT, checkoutRollup } from './__testUtils__/rollups';

describe('the readiness card of an offering, system or group', () => {
  it("shows an offering's roll-up: verdict, score, members, at risk and through which offering", async () => {
    const smoApi = mockSmoApi({ getRollup: async () => checkoutRollup });
    await renderWithSmo(<EntityReadinessCard />, {
      smoApi,
      entity: offering('online-checkout'),
    });
    expect(
      await screen.findByText(
        '3 of 4 components ready; 1 retired component not counted.',
      ),
    ).toBeInTheDocument();
    expect(smoApi.getRollup).toHaveBeenCalledWith(CHECKOUT);
    expect(smoApi.getReadiness).not.toHaveBeenCalled();
    expect(screen.getByText('Not ready')).toBeInTheDocument();
    expect(screen.getByText('At risk')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Readiness score 71 out of 100' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Depends on: online-checkout → payment-processing (not ready).',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /View governance/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/serviceoffering/online-checkout/governance',
    );
  });

  it('says when a team is not rolled up yet', async () => {
    await renderWithSmo(<EntityReadinessCard />, {
      smoApi: mockSmoApi({ getRollup: rejectingWith(404, 'no roll-up') }),
      entity: group('team-nobody'),
    });
    expect(await screen.findByText(/Not rolled up yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
