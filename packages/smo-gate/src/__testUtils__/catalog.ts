import { Entity } from '@backstage/catalog-model';
import {
  agreement,
  component,
  group,
  offering,
  processOwner,
  rel,
  system,
} from '@smo-backstage/plugin-smo-common/testUtils';

// A small portfolio for the backend the CLI tests ask, built with the shared SMO test builders. It mirrors the
// backend's own test portfolio (plugins/smo-backend/src/__testUtils__/fixtures.ts), which the backend does not export.

/** `component:default/checkout`, which passes every built-in check except the attestation ones. */
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

/** The catalog around {@link readyComponent}: team-a's offering under the gold SLA, and a process owner per practice. */
export function portfolio(): Entity[] {
  const sla = {
    owner: 'team-a',
    targets: (['P1', 'P2'] as const).flatMap(priority => [
      { priority, metric: 'response' as const, target: 'PT15M' },
      { priority, metric: 'resolution' as const, target: 'PT4H' },
    ]),
    underpinnedBy: ['ola-db'],
  };
  const owner = { owner: 'user:jane', managers: undefined, scope: undefined };
  return [
    group('team-a'),
    group('ops'),
    offering('online-checkout', {
      owner: 'team-a',
      supportGroup: 'ops',
      changeApprovalGroup: undefined,
      serviceLevelAgreements: ['gold'],
    }),
    agreement('gold', sla),
    agreement('ola-db', { ...sla, type: 'ola', underpinnedBy: [] }),
    processOwner('incident', { ...owner, practice: 'incident-management' }),
    processOwner('change', {
      practice: 'change-enablement',
      owner: 'user:carl',
      managers: undefined,
      scope: ['system:default/shop'],
    }),
    processOwner('problem', {
      ...owner,
      practice: 'problem-management',
      scope: ['group:default/team-a'],
    }),
    system('shop', { owner: 'team-a', domain: 'retail' }),
  ];
}
