import { Entity } from '@backstage/catalog-model';

// A small portfolio for the backend the CLI tests ask, as in the backend's own test fixtures
// (plugins/smo-backend/src/__testUtils__/fixtures.ts), which are not part of its published API.

const SMO = 'smo.backstage.io/v1alpha1';

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

const agreement = (
  name: string,
  spec: Record<string, unknown> = {},
): Entity => ({
  apiVersion: SMO,
  kind: 'ServiceLevelAgreement',
  metadata: { name, namespace: 'default' },
  spec: {
    type: 'sla',
    status: 'active',
    owner: 'team-a',
    validFrom: '2026-01-01',
    validUntil: '2027-12-31',
    targets: ['P1', 'P2'].flatMap(priority => [
      { priority, metric: 'response', target: 'PT15M' },
      { priority, metric: 'resolution', target: 'PT4H' },
    ]),
    underpinnedBy: ['ola-db'],
    ...spec,
  },
});

const processOwner = (
  name: string,
  practice: string,
  scope?: string[],
  owner = 'user:jane',
): Entity => ({
  apiVersion: SMO,
  kind: 'ProcessOwner',
  metadata: { name, namespace: 'default' },
  spec: { practice, owner, ...(scope ? { scope } : {}) },
});

/** `component:default/checkout`, which passes every built-in check except the attestation ones. */
export const readyComponent = (
  overrides: Partial<Entity['metadata']> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout',
    namespace: 'default',
    annotations: {
      'pagerduty.com/service-id': 'P123',
      'backstage.io/techdocs-ref': 'dir:.',
      'smo.backstage.io/rto': 'PT4H',
      'smo.backstage.io/rpo': 'PT15M',
    },
    links: [
      { url: 'https://grafana/d/1', type: 'dashboard' },
      { url: 'https://wiki/runbook', type: 'runbook' },
    ],
    ...overrides,
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'team-a',
    system: 'shop',
  },
  relations: [
    { type: 'delivers', targetRef: 'serviceoffering:default/online-checkout' },
    { type: 'ownedBy', targetRef: 'group:default/team-a' },
  ],
});

/** The catalog around {@link readyComponent}. */
export function portfolio(): Entity[] {
  return [
    group('team-a'),
    group('ops'),
    {
      apiVersion: SMO,
      kind: 'ServiceOffering',
      metadata: { name: 'online-checkout', namespace: 'default' },
      spec: {
        type: 'business',
        lifecycle: 'live',
        owner: 'team-a',
        criticality: 'tier-1',
        supportGroup: 'ops',
        serviceLevelAgreements: ['gold'],
      },
    },
    agreement('gold'),
    agreement('ola-db', { type: 'ola', underpinnedBy: [] }),
    processOwner('incident', 'incident-management'),
    processOwner(
      'change',
      'change-enablement',
      ['system:default/shop'],
      'user:carl',
    ),
    processOwner('problem', 'problem-management', ['group:default/team-a']),
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'shop', namespace: 'default' },
      spec: { owner: 'team-a', domain: 'retail' },
    },
  ];
}
