import { cleanup, screen } from '@testing-library/react';
import { notShownOnce, renderCard } from '../__testUtils__/renderCard';
import { bareComponent, checkoutWeb } from '../__testUtils__/fixtures';
import { ComponentOfferingsCard } from './ComponentOfferingsCard';

describe('ComponentOfferingsCard', () => {
  it('lists the offerings the component delivers with lifecycle and tier', async () => {
    await renderCard(<ComponentOfferingsCard />, checkoutWeb);
    expect(await screen.findByText('online-checkout')).toBeInTheDocument();
    expect(notShownOnce('live', 'tier-1', 'business')).toEqual([]);
  });

  it('marks a claim the component confirms (same owner) and one it does not', async () => {
    const stranger = {
      ...checkoutWeb,
      metadata: { name: 'stranger', namespace: 'default' },
      spec: { ...checkoutWeb.spec, owner: 'team-stores' },
    };
    await renderCard(<ComponentOfferingsCard />, checkoutWeb);
    expect(await screen.findByText('Confirmed')).toBeInTheDocument();
    cleanup();
    await renderCard(<ComponentOfferingsCard />, stranger);
    expect(await screen.findByText('Unconfirmed')).toBeInTheDocument();
    expect(
      screen.getByText(/the claim sets no tier, agreement or service owner/),
    ).toBeInTheDocument();
  });

  it('explains how to claim an offering when the component delivers none', async () => {
    await renderCard(<ComponentOfferingsCard />, bareComponent);
    expect(
      await screen.findByText(/delivers no service offering/),
    ).toBeInTheDocument();
  });
});
