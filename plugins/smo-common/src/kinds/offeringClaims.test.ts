import { offeringClaimConfirmed } from './offeringClaims';
import { component as componentOf, offering as offeringOf } from '../testUtils';

/** The component checkout of `owner`, naming the offerings of `annotation`. */
const component = (owner: string, annotation?: string) =>
  componentOf(
    'checkout',
    { owner },
    annotation
      ? {
          metadata: {
            annotations: { 'smo.backstage.io/service-offering': annotation },
          },
        }
      : {},
  );
const offering = offeringOf('online-checkout', { components: ['checkout'] });

describe('offeringClaimConfirmed', () => {
  it('confirms a claim when both have the same owner, however the ref is written', () => {
    expect(offeringClaimConfirmed(component('team-checkout'), offering)).toBe(
      true,
    );
    expect(
      offeringClaimConfirmed(
        component('group:default/Team-Checkout'),
        offering,
      ),
    ).toBe(true);
  });

  it('confirms a claim the component names in its annotation, among others', () => {
    for (const annotation of [
      'online-checkout',
      'payments, serviceoffering:default/online-checkout',
      'default/online-checkout',
    ]) {
      expect(
        offeringClaimConfirmed(component('team-other', annotation), offering),
      ).toBe(true);
    }
  });

  it('leaves unconfirmed a claim by another owner the component does not name', () => {
    expect(offeringClaimConfirmed(component('team-other'), offering)).toBe(
      false,
    );
    expect(
      offeringClaimConfirmed(component('team-other', 'payments,'), offering),
    ).toBe(false);
    expect(
      offeringClaimConfirmed(component('user:default/team-checkout'), offering),
    ).toBe(false);
  });
});
