import { screen } from '@testing-library/react';
import { notShownOnce, renderCard } from '../__testUtils__/renderCard';
import { freezeToday } from '../__testUtils__/freezeToday';
import { onlineCheckout } from '../__testUtils__/fixtures';
import { OfferingDetailsCard } from './OfferingDetailsCard';
import { OfferingComponentsCard } from './OfferingComponentsCard';
import { OfferingAgreementsCard } from './OfferingAgreementsCard';
import { OfferingProcessOwnersCard } from './OfferingProcessOwnersCard';

describe('ServiceOffering cards', () => {
  freezeToday('2026-11-23T12:00:00Z');

  it('shows type, lifecycle, tier and the accountable groups', async () => {
    await renderCard(<OfferingDetailsCard />, onlineCheckout);
    expect(
      notShownOnce(
        'Business service',
        'live',
        'tier-1',
        'team-checkout',
        'service-desk',
        'cab',
        'storefront',
      ),
    ).toEqual([]);
  });

  it('says "Not set" for the groups an offering in the pipeline has not named', async () => {
    const pipeline = {
      ...onlineCheckout,
      spec: {
        type: 'technical' as const,
        lifecycle: 'pipeline' as const,
        criticality: 'tier-3' as const,
        owner: 'team-checkout',
      },
    };
    await renderCard(<OfferingDetailsCard />, pipeline);
    expect(screen.getByText('Technical service')).toBeInTheDocument();
    expect(screen.getAllByText('Not set')).toHaveLength(3);
  });

  it('lists the delivering components', async () => {
    await renderCard(<OfferingComponentsCard />, onlineCheckout);
    expect(await screen.findByText('online-checkout-web')).toBeInTheDocument();
    // Same owner (team-checkout): the component confirms the claim.
    expect(screen.getByText('Confirmed')).toBeInTheDocument();
  });

  it('marks a component of another owner that does not name the offering as an unconfirmed claim', async () => {
    await renderCard(<OfferingComponentsCard />, {
      ...onlineCheckout,
      spec: { ...onlineCheckout.spec, owner: 'team-payments' },
    });
    expect(await screen.findByText('Unconfirmed')).toBeInTheDocument();
  });

  it('explains how to add components when none delivers it', async () => {
    await renderCard(<OfferingComponentsCard />, {
      ...onlineCheckout,
      relations: [],
    });
    expect(
      await screen.findByText(/No component delivers this offering/),
    ).toBeInTheDocument();
  });

  it('lists governing agreements, whether each is in force, and their targets in words', async () => {
    await renderCard(<OfferingAgreementsCard />, onlineCheckout);
    expect(await screen.findByText('sla-online-checkout')).toBeInTheDocument();
    expect(screen.getByText('In force')).toBeInTheDocument();
    expect(screen.getByText('99.95 %')).toBeInTheDocument();
    expect(
      screen.getByText('P1: respond in 15 minutes, resolve in 4 hours'),
    ).toBeInTheDocument();
    expect(
      notShownOnce(
        'P4: resolve in 10 days',
        'sla-loyalty-programme',
        'Expired on 2026-03-31',
      ),
    ).toEqual([]);
  });

  it('lists scoped and organisation-wide process owners, not those scoped elsewhere', async () => {
    await renderCard(<OfferingProcessOwnersCard />, onlineCheckout);
    expect(
      await screen.findByTitle('processowner:default/incident-management'),
    ).toBeInTheDocument();
    expect(
      notShownOnce(
        'Organisation-wide',
        'problem-management-checkout',
        'Scoped',
        'hiro.tanaka',
      ),
    ).toEqual([]);
    expect(
      screen.queryByText('change-enablement-payments'),
    ).not.toBeInTheDocument();
  });
});
