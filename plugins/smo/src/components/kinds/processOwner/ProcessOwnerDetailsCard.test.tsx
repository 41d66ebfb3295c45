import { screen } from '@testing-library/react';
import { notShownOnce, renderCard } from '../__testUtils__/renderCard';
import { checkoutProblemOwner, incidentOwner } from '../__testUtils__/fixtures';
import { ProcessOwnerDetailsCard } from './ProcessOwnerDetailsCard';

describe('ProcessOwnerDetailsCard', () => {
  it('shows an owner without scope as organisation-wide', async () => {
    await renderCard(<ProcessOwnerDetailsCard />, incidentOwner);
    expect(
      notShownOnce(
        'incident-management',
        'diego.ramirez',
        'elena.petrova',
        'Organisation-wide',
      ),
    ).toEqual([]);
  });

  it('lists the scope with kinds and says when no managers are named', async () => {
    await renderCard(<ProcessOwnerDetailsCard />, checkoutProblemOwner);
    expect(screen.getByText('problem-management')).toBeInTheDocument();
    expect(
      screen.getByText('Service offering:', { exact: false }),
    ).toHaveTextContent('Service offering: online-checkout');
    expect(screen.getByText('Group:', { exact: false })).toHaveTextContent(
      'Group: team-payments',
    );
    expect(screen.getByText('None named')).toBeInTheDocument();
    expect(screen.queryByText('Organisation-wide')).not.toBeInTheDocument();
  });
});
