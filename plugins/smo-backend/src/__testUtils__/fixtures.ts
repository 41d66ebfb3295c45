import { Entity } from '@backstage/catalog-model';
import { ProcessOwnerEntity } from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import * as common from '@smo-backstage/plugin-smo-common/testUtils';
import { group, rel, system } from '@smo-backstage/plugin-smo-common/testUtils';
import { RelatedEntityIndex } from '../catalog/RelatedEntityIndex';

export { group };

export const NOW = DateTime.fromISO('2026-11-23T12:00:00Z', { zone: 'utc' });

/** The SMO entities of this portfolio: owned by team-a, supported by ops, under the gold SLA. */
export const offering = (name: string, spec: Record<string, unknown> = {}) =>
  common.offering(name, {
    owner: 'team-a',
    supportGroup: 'ops',
    changeApprovalGroup: undefined,
    serviceLevelAgreements: ['gold'],
    ...spec,
  });

export const agreement = (name: string, spec: Record<string, unknown> = {}) =>
  common.agreement(name, {
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

export const processOwner = (
  name: string,
  practice: ProcessOwnerEntity['spec']['practice'],
  scope?: string[],
  owner = 'user:jane',
) => common.processOwner(name, { practice, owner, managers: undefined, scope });

/** A component that passes every built-in check except the attestation ones. */
export const readyComponent = (
  overrides: Partial<Entity['metadata']> = {},
): Entity =>
  common.component(
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

/** The catalog around {@link readyComponent}. */
export function portfolio(extra: Entity[] = []): Entity[] {
  return [
    group('team-a'),
    group('ops'),
    offering('online-checkout'),
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
    system('shop', { owner: 'team-a', domain: 'retail' }),
    ...extra,
  ];
}

export const indexOf = (entities: Entity[]) =>
  RelatedEntityIndex.fromEntities(entities);

/** An evidence source with nothing recorded. */
export const noRecordedEvidence = {
  load: async () => ({ attestations: new Map(), waivers: new Map() }),
};
