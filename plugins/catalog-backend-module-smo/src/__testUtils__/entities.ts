import { Entity } from '@backstage/catalog-model';
import {
  ProcessOwnerEntity,
  ServiceLevelAgreementEntity,
  ServiceOfferingEntity,
} from '@smo-backstage/plugin-smo-common';

/** A deep copy with `spec` (and optionally `metadata`) patched; `undefined` removes a field. */
export function patch<T extends Entity>(
  entity: T,
  spec: Record<string, unknown>,
  metadata: Record<string, unknown> = {},
): Entity {
  return JSON.parse(
    JSON.stringify({
      ...entity,
      metadata: { ...entity.metadata, ...metadata },
      spec: { ...entity.spec, ...spec },
    }),
  );
}

export const offering: ServiceOfferingEntity = {
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ServiceOffering',
  metadata: { name: 'online-checkout', namespace: 'default' },
  spec: {
    type: 'business',
    lifecycle: 'live',
    owner: 'team-checkout',
    criticality: 'tier-1',
    supportGroup: 'service-desk',
    changeApprovalGroup: 'cab',
    serviceLevelAgreements: ['sla-online-checkout'],
    components: ['checkout-web'],
    system: 'storefront',
    dependsOn: ['payment-processing'],
  },
};

export const agreement: ServiceLevelAgreementEntity = {
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ServiceLevelAgreement',
  metadata: { name: 'payments-gold', namespace: 'default' },
  spec: {
    type: 'sla',
    status: 'active',
    owner: 'smo',
    customer: 'retail-business',
    serviceHours: '24x7',
    validFrom: '2026-01-01',
    validUntil: '2027-12-31',
    availability: 99.95,
    targets: [
      { priority: 'P1', metric: 'response', target: 'PT15M' },
      { priority: 'P1', metric: 'resolution', target: 'PT4H' },
    ],
    underpinnedBy: ['ola-platform-hosting'],
  },
};

export const processOwner: ProcessOwnerEntity = {
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ProcessOwner',
  metadata: { name: 'change-enablement', namespace: 'default' },
  spec: {
    practice: 'change-enablement',
    owner: 'chloe.nguyen',
    managers: ['elena.petrova'],
    scope: ['system:payments', 'serviceoffering:online-checkout'],
  },
};

export const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'cart-service', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-checkout' },
};
