import { screen } from '@testing-library/react';
import { renderCard } from '../__testUtils__/renderCard';
import { checkoutProblemOwner, incidentOwner } from '../__testUtils__/fixtures';
import { ProcessOwnerDetailsCard } from './ProcessOwnerDetailsCard';

describe('ProcessOwnerDetailsCard', () => {
  it('shows an owner without scope as organisation-wide', async () => {
    await renderCard(<ProcessOwnerDetailsCard />, incidentOwner);
    expect(screen.getByText('incident-management')).toBeInTheDocument();
    expect(screen.getByText('diego.ramirez')).toBeInTheDocument();
    expect(screen.getByText('elena.petrova')).toBeInTheDocument();
    expect(screen.getByText('Organisation-wide')).toBeInTheDocument();
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
