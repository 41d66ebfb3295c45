import { screen, within } from '@testing-library/react';
import { notShownOnce, renderCard } from '../__testUtils__/renderCard';
import { freezeToday } from '../__testUtils__/freezeToday';
import { checkoutSla, lapsedSla, platformOla } from '../__testUtils__/fixtures';
import { AgreementDetailsCard } from './AgreementDetailsCard';
import { AgreementTargetsCard } from './AgreementTargetsCard';
import {
  AgreementOfferingsCard,
  AgreementUnderpinnedByCard,
  AgreementUnderpinsCard,
} from './AgreementRelationsCards';

describe('ServiceLevelAgreement cards', () => {
  freezeToday('2026-11-23T12:00:00Z');

  it('shows an active agreement inside its window as in force', async () => {
    await renderCard(<AgreementDetailsCard />, checkoutSla);
    expect(screen.getByText('In force')).toBeInTheDocument();
    expect(
      screen.getByText('Service level agreement (SLA)'),
    ).toBeInTheDocument();
    expect(
      notShownOnce(
        '2026-01-01 – 2027-12-31',
        '99.95 %',
        '24x7',
        'smo',
        'retail-business',
      ),
    ).toEqual([]);
  });

  it('shows an active agreement past its end date as expired', async () => {
    await renderCard(<AgreementDetailsCard />, lapsedSla);
    expect(screen.getByText('Expired on 2026-03-31')).toBeInTheDocument();
    expect(screen.queryByText('In force')).not.toBeInTheDocument();
    expect(screen.getByText('No target')).toBeInTheDocument();
  });

  it('shows a draft as not in force', async () => {
    await renderCard(<AgreementDetailsCard />, {
      ...checkoutSla,
      spec: { ...checkoutSla.spec, status: 'draft' },
    });
    expect(screen.getByText('Draft — not in force')).toBeInTheDocument();
  });

  it('renders targets per priority as readable durations', async () => {
    await renderCard(<AgreementTargetsCard />, checkoutSla);
    const table = screen.getByRole('table', { name: 'Targets' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(
      notShownOnce('15 minutes', '4 hours', '30 minutes', '8 hours', '10 days'),
    ).toEqual([]);
    // P4 has a resolution target only; P3 has none and is left out.
    expect(screen.getByText('No target')).toBeInTheDocument();
    expect(screen.queryByText('P3')).not.toBeInTheDocument();
  });

  it('lists the underpinning OLA and the governed offering', async () => {
    await renderCard(
      <>
        <AgreementUnderpinnedByCard />
        <AgreementOfferingsCard />
      </>,
      checkoutSla,
    );
    expect(await screen.findByText('ola-platform-hosting')).toBeInTheDocument();
    expect(screen.getByText('OLA')).toBeInTheDocument();
    expect(await screen.findByText('online-checkout')).toBeInTheDocument();
    expect(screen.getByText('tier-1')).toBeInTheDocument();
  });

  it('lists the agreements an OLA underpins', async () => {
    await renderCard(<AgreementUnderpinsCard />, platformOla);
    expect(await screen.findByText('sla-online-checkout')).toBeInTheDocument();
  });

  it('explains an SLA that nothing underpins', async () => {
    await renderCard(<AgreementUnderpinnedByCard />, lapsedSla);
    expect(
      await screen.findByText(/No OLA or underpinning contract/),
    ).toBeInTheDocument();
  });
});
