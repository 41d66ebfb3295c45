import { createPermission } from '@backstage/plugin-permission-common';

/** The catalog's resource type: SMO permissions on an entity can use catalog conditions (e.g. isEntityOwner). */
const RESOURCE_TYPE_CATALOG_ENTITY = 'catalog-entity';

/** Re-evaluate an entity's readiness now. Reads follow the catalog's read permission. @public */
export const smoReadinessRefreshPermission = createPermission({
  name: 'smo.readiness.refresh',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Record an attestation (restore tested, security review, …) for an entity. @public */
export const smoAttestationCreatePermission = createPermission({
  name: 'smo.attestation.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Request a waiver for a check of an entity. @public */
export const smoWaiverRequestPermission = createPermission({
  name: 'smo.waiver.request',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Approve, reject or revoke waivers (the SMO). @public */
export const smoWaiverDecidePermission = createPermission({
  name: 'smo.waiver.decide',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Create, submit, reopen or withdraw a handover request for an entity. @public */
export const smoHandoverSubmitPermission = createPermission({
  name: 'smo.handover.submit',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Review, accept, reject and move handovers through early-life support (the SMO). @public */
export const smoHandoverDecidePermission = createPermission({
  name: 'smo.handover.decide',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Sign off a handover in one of the caller's roles (the role itself is checked by the backend). @public */
export const smoHandoverSignOffPermission = createPermission({
  name: 'smo.handover.sign-off',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/** Every SMO permission, for registration with the permissions registry. @public */
export const smoPermissions = [
  smoReadinessRefreshPermission,
  smoAttestationCreatePermission,
  smoWaiverRequestPermission,
  smoWaiverDecidePermission,
  smoHandoverSubmitPermission,
  smoHandoverDecidePermission,
  smoHandoverSignOffPermission,
];
