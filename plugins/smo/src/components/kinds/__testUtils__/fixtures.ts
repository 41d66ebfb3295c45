import { Entity } from '@backstage/catalog-model';
import {
  ProcessOwnerEntity,
  ServiceLevelAgreementEntity,
  ServiceOfferingEntity,
} from '@smo-backstage/plugin-smo-common';

// A slice of the Northwind example portfolio with the relations the catalog module would emit.

const rel = (type: string, targetRef: string) => ({ type, targetRef });

export const onlineCheckout: ServiceOfferingEntity = {
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ServiceOffering',
  metadata: { name: 'online-checkout', namespace: 'default' },
  spec: {
    type: 'business',
    lifecycle: 'live',
    criticality: 'tier-1',
    owner: 'team-checkout',
    supportGroup: 'service-desk',
    changeApprovalGroup: 'cab',
    serviceLevelAgreements: ['sla-online-checkout'],
    components: ['online-checkout-web'],
    system: 'storefront',
  },
  relations: [
    rel('ownedBy', 'group:default/team-checkout'),
    rel('deliveredBy', 'component:default/online-checkout-web'),
    rel('governedBy', 'servicelevelagreement:default/sla-online-checkout'),
    rel('governedBy', 'servicelevelagreement:default/sla-loyalty-programme'),
  ],
};

export const checkoutWeb: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'online-checkout-web', namespace: 'default' },
  spec: { type: 'website', lifecycle: 'production', owner: 'team-checkout' },
  relations: [
    rel('ownedBy', 'group:default/team-checkout'),
    rel('delivers', 'serviceoffering:default/online-checkout'),
  ],
};

export const bareComponent: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'email-templates', namespace: 'default' },
  spec: { type: 'library', lifecycle: 'production', owner: 'team-loyalty' },
  relations: [],
};

export const checkoutSla: ServiceLevelAgreementEntity = {
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ServiceLevelAgreement',
  metadata: { name: 'sla-online-checkout', namespace: 'default' },
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
      { priority: 'P2', metric: 'response', target: 'PT30M' },
      { priority: 'P2', metric: 'resolution', target: 'PT8H' },
      { priority: 'P4', metric: 'resolution', target: 'P10D' },
    ],
    underpinnedBy: ['ola-platform-hosting'],
  },
  relations: [
    rel('governs', 'serviceoffering:default/online-checkout'),
    rel('underpinnedBy', 'servicelevelagreement:default/ola-platform-hosting'),
  ],
};

export const lapsedSla: ServiceLevelAgreementEntity = {
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ServiceLevelAgreement',
  metadata: { name: 'sla-loyalty-programme', namespace: 'default' },
  spec: {
    type: 'sla',
    status: 'active',
    owner: 'smo',
    validFrom: '2025-04-01',
    validUntil: '2026-03-31',
    targets: [{ priority: 'P1', metric: 'resolution', target: 'P1D' }],
  },
  relations: [],
};

export const platformOla: ServiceLevelAgreementEntity = {
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ServiceLevelAgreement',
  metadata: { name: 'ola-platform-hosting', namespace: 'default' },
  spec: {
    type: 'ola',
    status: 'active',
    owner: 'platform-ops',
    validFrom: '2026-01-01',
    validUntil: '2027-12-31',
    targets: [{ priority: 'P1', metric: 'response', target: 'PT10M' }],
  },
  relations: [
    rel('underpins', 'servicelevelagreement:default/sla-online-checkout'),
  ],
};

const processOwner = (
  name: string,
  spec: ProcessOwnerEntity['spec'],
): ProcessOwnerEntity => ({
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ProcessOwner',
  metadata: { name, namespace: 'default' },
  spec,
  relations: (spec.scope ?? []).map(ref =>
    rel(
      'processOwnerOf',
      ref.replace(/^([a-z]+):(?!default\/)/, '$1:default/'),
    ),
  ),
});

export const incidentOwner = processOwner('incident-management', {
  practice: 'incident-management',
  owner: 'diego.ramirez',
  managers: ['elena.petrova'],
});

export const checkoutProblemOwner = processOwner(
  'problem-management-checkout',
  {
    practice: 'problem-management',
    owner: 'hiro.tanaka',
    scope: [
      'serviceoffering:default/online-checkout',
      'group:default/team-payments',
    ],
  },
);

export const paymentsChangeOwner = processOwner('change-enablement-payments', {
  practice: 'change-enablement',
  owner: 'chloe.nguyen',
  scope: ['system:default/payments'],
});

export const portfolio: Entity[] = [
  onlineCheckout,
  checkoutWeb,
  bareComponent,
  checkoutSla,
  lapsedSla,
  platformOla,
  incidentOwner,
  checkoutProblemOwner,
  paymentsChangeOwner,
];
