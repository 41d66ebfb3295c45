import { Entity, EntityRelation } from '@backstage/catalog-model';
import {
  SMO_API_VERSION,
  ProcessOwnerEntity,
  ServiceLevelAgreementEntity,
  ServiceOfferingEntity,
} from '@smo-backstage/plugin-smo-common';

/**
 * What an entity builder sets besides `spec`: its namespace (`default` if left out), more metadata (annotations,
 * links, …), and the relations the catalog would have emitted for it.
 *
 * @public
 */
export type EntityOptions = {
  namespace?: string;
  metadata?: Partial<Entity['metadata']>;
  relations?: EntityRelation[];
};

/**
 * A spec of kind `S` in which any field may be overridden; a field set to `undefined` is left out of the entity.
 *
 * @public
 */
export type SpecOverrides<S> = { [K in keyof S]?: S[K] | undefined } & Record<
  string,
  unknown
>;

/** A relation as the catalog stores it. @public */
export const rel = (type: string, targetRef: string): EntityRelation => ({
  type,
  targetRef,
});

/**
 * A deep copy of `original` with `spec` and `metadata` patched; a field set to `undefined` is removed.
 *
 * @public
 */
export function patch<T extends Entity>(
  original: T,
  spec: Record<string, unknown> = {},
  metadata: Record<string, unknown> = {},
): T {
  return JSON.parse(
    JSON.stringify({
      ...original,
      metadata: { ...original.metadata, ...metadata },
      ...(original.spec || Object.keys(spec).length
        ? { spec: { ...original.spec, ...spec } }
        : {}),
    }),
  );
}

/**
 * Any catalog entity: `apiVersion`, `kind` and `name` with a spec and the {@link EntityOptions}.
 *
 * @public
 */
export function entity<T extends Entity = Entity>(
  apiVersion: string,
  kind: string,
  name: string,
  spec: Record<string, unknown> | undefined,
  options: EntityOptions = {},
): T {
  return patch(
    {
      apiVersion,
      kind,
      metadata: { name, namespace: options.namespace ?? 'default' },
      ...(spec ? { spec } : {}),
      ...(options.relations ? { relations: options.relations } : {}),
    } as T,
    {},
    options.metadata,
  );
}

/** A Component; a production service of team-checkout unless `spec` says otherwise. @public */
export const component = (
  name = 'cart-service',
  spec: Record<string, unknown> = {},
  options?: EntityOptions,
): Entity =>
  entity(
    'backstage.io/v1alpha1',
    'Component',
    name,
    {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-checkout',
      ...spec,
    },
    options,
  );

/** A Group of type team. @public */
export const group = (name: string, options?: EntityOptions): Entity =>
  entity(
    'backstage.io/v1alpha1',
    'Group',
    name,
    { type: 'team', children: [] },
    options,
  );

/** A System. @public */
export const system = (
  name: string,
  spec: Record<string, unknown> = {},
  options?: EntityOptions,
): Entity => entity('backstage.io/v1alpha1', 'System', name, spec, options);

/**
 * A builder of SMO entities of `kind`: named `defaultName` unless told, with the `defaults` spec, in which `spec`
 * overrides or (with `undefined`) removes any field.
 *
 * @public
 */
export function smoEntityBuilder<T extends Entity & { spec: object }>(
  kind: T['kind'],
  defaultName: string,
  defaults: T['spec'],
) {
  return (
    name: string = defaultName,
    spec: SpecOverrides<T['spec']> = {},
    options?: EntityOptions,
  ): T =>
    entity<T>(SMO_API_VERSION, kind, name, { ...defaults, ...spec }, options);
}

/**
 * A live tier-1 business ServiceOffering of team-checkout, supported by service-desk, governed by
 * sla-online-checkout.
 *
 * @public
 */
export const offering = smoEntityBuilder<ServiceOfferingEntity>(
  'ServiceOffering',
  'online-checkout',
  {
    type: 'business',
    lifecycle: 'live',
    owner: 'team-checkout',
    criticality: 'tier-1',
    supportGroup: 'service-desk',
    changeApprovalGroup: 'cab',
    serviceLevelAgreements: ['sla-online-checkout'],
  },
);

/**
 * An active SLA owned by smo for the retail business, 24x7, 99.95 %, valid 2026–2027 with P1 response and
 * resolution targets, underpinned by ola-platform-hosting.
 *
 * @public
 */
export const agreement = smoEntityBuilder<ServiceLevelAgreementEntity>(
  'ServiceLevelAgreement',
  'sla-online-checkout',
  {
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
);

/**
 * The change-enablement ProcessOwner chloe.nguyen, managed by elena.petrova, for the payments system and the
 * online-checkout offering.
 *
 * @public
 */
export const processOwner = smoEntityBuilder<ProcessOwnerEntity>(
  'ProcessOwner',
  'change-enablement',
  {
    practice: 'change-enablement',
    owner: 'chloe.nguyen',
    managers: ['elena.petrova'],
    scope: ['system:payments', 'serviceoffering:online-checkout'],
  },
);
