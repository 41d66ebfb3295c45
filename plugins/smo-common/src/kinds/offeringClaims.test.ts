import { Entity } from '@backstage/catalog-model';
import { offeringClaimConfirmed } from './offeringClaims';

const component = (owner: string, annotation?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout',
    namespace: 'default',
    ...(annotation
      ? { annotations: { 'smo.backstage.io/service-offering': annotation } }
      : {}),
  },
  spec: { owner },
});
const offering: Entity = {
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ServiceOffering',
  metadata: { name: 'online-checkout', namespace: 'default' },
  spec: { owner: 'team-checkout', components: ['checkout'] },
};

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
