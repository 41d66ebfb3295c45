import {
  Entity,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import {
  SMO_ANNOTATIONS,
  SMO_KINDS,
  SMO_RELATIONS,
} from '@smo-backstage/plugin-smo-common';

/**
 * A field of an entity that holds entity refs: how short refs resolve, which kinds it may name,
 * and the relation pair it produces (outgoing from the entity, incoming on the target).
 */
export type RefField = {
  /** The field as error messages name it, e.g. `spec.owner`. */
  field: string;
  /** A ref or a list of refs; anything else was already rejected by the schema. */
  read(entity: Entity): string | string[] | undefined;
  /** Kind of a ref without `kind:`; absent means refs must be kinded. */
  defaultKind?: string;
  /** Kinds the refs may name, spelled as kinds are canonically spelled. */
  allowedKinds: readonly string[];
  relation?: { outgoing: string; incoming: string };
};

const GROUP = 'Group';
const USER = 'User';
// Owners follow Backstage's convention for spec.owner: a Group or a User.
const OWNER_KINDS = [GROUP, USER];

function specField(
  name: string,
  options: Omit<RefField, 'field' | 'read'>,
): RefField {
  return {
    field: `spec.${name}`,
    read: entity => entity.spec?.[name] as string | string[] | undefined,
    ...options,
  };
}

const owner = (defaultKind: string) =>
  specField('owner', {
    defaultKind,
    allowedKinds: OWNER_KINDS,
    relation: { outgoing: RELATION_OWNED_BY, incoming: RELATION_OWNER_OF },
  });

/** The ref fields of each SMO kind, keyed by kind. */
export const SMO_REF_FIELDS: Record<string, readonly RefField[]> = {
  [SMO_KINDS.serviceOffering]: [
    owner(GROUP),
    specField('supportGroup', {
      defaultKind: GROUP,
      allowedKinds: [GROUP],
      relation: {
        outgoing: SMO_RELATIONS.supportedBy,
        incoming: SMO_RELATIONS.supports,
      },
    }),
    // The contract defines no relation for the change authority: the ref is validated only.
    specField('changeApprovalGroup', {
      defaultKind: GROUP,
      allowedKinds: [GROUP],
    }),
    specField('serviceLevelAgreements', {
      defaultKind: SMO_KINDS.serviceLevelAgreement,
      allowedKinds: [SMO_KINDS.serviceLevelAgreement],
      relation: {
        outgoing: SMO_RELATIONS.governedBy,
        incoming: SMO_RELATIONS.governs,
      },
    }),
    specField('components', {
      defaultKind: 'Component',
      allowedKinds: ['Component'],
      relation: {
        outgoing: SMO_RELATIONS.deliveredBy,
        incoming: SMO_RELATIONS.delivers,
      },
    }),
    specField('system', {
      defaultKind: 'System',
      allowedKinds: ['System'],
      relation: { outgoing: RELATION_PART_OF, incoming: RELATION_HAS_PART },
    }),
    specField('dependsOn', {
      defaultKind: SMO_KINDS.serviceOffering,
      allowedKinds: [SMO_KINDS.serviceOffering],
      relation: {
        outgoing: RELATION_DEPENDS_ON,
        incoming: RELATION_DEPENDENCY_OF,
      },
    }),
  ],
  [SMO_KINDS.serviceLevelAgreement]: [
    owner(GROUP),
    // No relation in the contract: the customer is read from the spec.
    specField('customer', { defaultKind: GROUP, allowedKinds: [GROUP] }),
    specField('underpinnedBy', {
      defaultKind: SMO_KINDS.serviceLevelAgreement,
      allowedKinds: [SMO_KINDS.serviceLevelAgreement],
      relation: {
        outgoing: SMO_RELATIONS.underpinnedBy,
        incoming: SMO_RELATIONS.underpins,
      },
    }),
  ],
  [SMO_KINDS.processOwner]: [
    owner(USER),
    // No relation in the contract: managers are read from the spec.
    specField('managers', { defaultKind: USER, allowedKinds: [USER] }),
    // A short name could mean an offering, a system, a domain or a group alike, so scope refs must be kinded.
    specField('scope', {
      allowedKinds: [SMO_KINDS.serviceOffering, 'System', 'Domain', GROUP],
      relation: {
        outgoing: SMO_RELATIONS.processOwnerOf,
        incoming: SMO_RELATIONS.hasProcessOwner,
      },
    }),
  ],
};

/** A Component claims the offerings it delivers with a comma-separated annotation. */
export const COMPONENT_OFFERING_ANNOTATION: RefField = {
  field: `metadata.annotations["${SMO_ANNOTATIONS.serviceOffering}"]`,
  read: entity =>
    entity.metadata.annotations?.[SMO_ANNOTATIONS.serviceOffering]
      ?.split(',')
      .map(ref => ref.trim())
      .filter(Boolean),
  defaultKind: SMO_KINDS.serviceOffering,
  allowedKinds: [SMO_KINDS.serviceOffering],
  relation: {
    outgoing: SMO_RELATIONS.delivers,
    incoming: SMO_RELATIONS.deliveredBy,
  },
};
