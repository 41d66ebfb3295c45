import { Entity } from '@backstage/catalog-model';
import { ProcessOwnerEntity } from '@smo-backstage/plugin-smo-common';
import {
  agreement,
  component,
  group,
  offering,
  processOwner,
  rel,
  system,
} from './entities';

// The small portfolio the backend's and the CLI's tests evaluate: team-a's checkout component delivering the
// online-checkout offering under the gold SLA (underpinned by the ola-db OLA), supported by ops, with process owners
// for incident, change (scoped to the shop system) and problem (scoped to team-a).

/**
 * A ServiceOffering of the test portfolio: owned by team-a, supported by ops, under the gold SLA; `spec` overrides.
 *
 * @public
 */
export const portfolioOffering = (
  name: string,
  spec: Record<string, unknown> = {},
) =>
  offering(name, {
    owner: 'team-a',
    supportGroup: 'ops',
    changeApprovalGroup: undefined,
    serviceLevelAgreements: ['gold'],
    ...spec,
  });

/**
 * A ServiceLevelAgreement of the test portfolio: owned by team-a, P1/P2 response in 15 minutes and resolution in 4
 * hours, underpinned by ola-db; `spec` overrides.
 *
 * @public
 */
export const portfolioAgreement = (
  name: string,
  spec: Record<string, unknown> = {},
) =>
  agreement(name, {
    owner: 'team-a',
    customer: undefined,
    serviceHours: undefined,
    availability: undefined,
    targets: (['P1', 'P2'] as const).flatMap(priority => [
      { priority, metric: 'response', target: 'PT15M' },
      { priority, metric: 'resolution', target: 'PT4H' },
    ]),
    underpinnedBy: ['ola-db'],
    ...spec,
  });

/**
 * A ProcessOwner of the test portfolio for `practice`, organisation-wide unless `scope` is given.
 *
 * @public
 */
export const portfolioProcessOwner = (
  name: string,
  practice: ProcessOwnerEntity['spec']['practice'],
  scope?: string[],
  owner = 'user:jane',
) => processOwner(name, { practice, owner, managers: undefined, scope });

/**
 * `component:default/checkout` of team-a in the shop system, delivering online-checkout: it passes every built-in
 * check except the attestation ones.
 *
 * @public
 */
export const readyComponent = (
  overrides: Partial<Entity['metadata']> = {},
): Entity =>
  component(
    'checkout',
    { owner: 'team-a', system: 'shop' },
    {
      metadata: {
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
      relations: [
        rel('delivers', 'serviceoffering:default/online-checkout'),
        rel('ownedBy', 'group:default/team-a'),
      ],
    },
  );

/**
 * The catalog around {@link readyComponent}, with `extra` entities added.
 *
 * @public
 */
export function portfolio(extra: Entity[] = []): Entity[] {
  return [
    group('team-a'),
    group('ops'),
    portfolioOffering('online-checkout'),
    portfolioAgreement('gold'),
    portfolioAgreement('ola-db', { type: 'ola', underpinnedBy: [] }),
    portfolioProcessOwner('incident', 'incident-management'),
    portfolioProcessOwner(
      'change',
      'change-enablement',
      ['system:default/shop'],
      'user:carl',
    ),
    portfolioProcessOwner('problem', 'problem-management', [
      'group:default/team-a',
    ]),
    system('shop', { owner: 'team-a', domain: 'retail' }),
    ...extra,
  ];
}
