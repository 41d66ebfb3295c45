import { Entity } from '@backstage/catalog-model';
import {
  agreement,
  component,
  offering,
  processOwner,
  rel,
} from '@smo-backstage/plugin-smo-common/testUtils';
import { ProcessOwnerEntity } from '@smo-backstage/plugin-smo-common';

// A slice of the Northwind example portfolio with the relations the catalog module would emit.

export const onlineCheckout = offering(
  'online-checkout',
  { components: ['online-checkout-web'], system: 'storefront' },
  {
    relations: [
      rel('ownedBy', 'group:default/team-checkout'),
      rel('deliveredBy', 'component:default/online-checkout-web'),
      rel('governedBy', 'servicelevelagreement:default/sla-online-checkout'),
      rel('governedBy', 'servicelevelagreement:default/sla-loyalty-programme'),
    ],
  },
);

export const checkoutWeb = component(
  'online-checkout-web',
  { type: 'website' },
  {
    relations: [
      rel('ownedBy', 'group:default/team-checkout'),
      rel('delivers', 'serviceoffering:default/online-checkout'),
    ],
  },
);

export const bareComponent = component(
  'email-templates',
  { type: 'library', owner: 'team-loyalty' },
  { relations: [] },
);

export const checkoutSla = agreement(
  'sla-online-checkout',
  {
    targets: [
      { priority: 'P1', metric: 'response', target: 'PT15M' },
      { priority: 'P1', metric: 'resolution', target: 'PT4H' },
      { priority: 'P2', metric: 'response', target: 'PT30M' },
      { priority: 'P2', metric: 'resolution', target: 'PT8H' },
      { priority: 'P4', metric: 'resolution', target: 'P10D' },
    ],
  },
  {
    relations: [
      rel('governs', 'serviceoffering:default/online-checkout'),
      rel(
        'underpinnedBy',
        'servicelevelagreement:default/ola-platform-hosting',
      ),
    ],
  },
);

/** An agreement with validity and targets only. */
const bareAgreement = {
  customer: undefined,
  serviceHours: undefined,
  availability: undefined,
  underpinnedBy: undefined,
};

export const lapsedSla = agreement(
  'sla-loyalty-programme',
  {
    ...bareAgreement,
    validFrom: '2025-04-01',
    validUntil: '2026-03-31',
    targets: [{ priority: 'P1', metric: 'resolution', target: 'P1D' }],
  },
  { relations: [] },
);

export const platformOla = agreement(
  'ola-platform-hosting',
  {
    ...bareAgreement,
    type: 'ola',
    owner: 'platform-ops',
    targets: [{ priority: 'P1', metric: 'response', target: 'PT10M' }],
  },
  {
    relations: [
      rel('underpins', 'servicelevelagreement:default/sla-online-checkout'),
    ],
  },
);

/** A process owner with the processOwnerOf relations of its scope. */
const scopedOwner = (
  name: string,
  spec: Partial<ProcessOwnerEntity['spec']>,
): ProcessOwnerEntity =>
  processOwner(
    name,
    { managers: undefined, scope: undefined, ...spec },
    {
      relations: (spec.scope ?? []).map(ref =>
        rel(
          'processOwnerOf',
          ref.replace(/^([a-z]+):(?!default\/)/, '$1:default/'),
        ),
      ),
    },
  );

export const incidentOwner = scopedOwner('incident-management', {
  practice: 'incident-management',
  owner: 'diego.ramirez',
  managers: ['elena.petrova'],
});

export const checkoutProblemOwner = scopedOwner('problem-management-checkout', {
  practice: 'problem-management',
  owner: 'hiro.tanaka',
  scope: [
    'serviceoffering:default/online-checkout',
    'group:default/team-payments',
  ],
});

export const paymentsChangeOwner = scopedOwner('change-enablement-payments', {
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
