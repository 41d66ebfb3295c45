import { createPermission } from '@backstage/plugin-permission-common';

/** The catalog's resource type: SMO permissions on an entity can use catalog conditions (e.g. isEntityOwner). */
const RESOURCE_TYPE_CATALOG_ENTITY = 'catalog-entity';

/** A permission on one catalog entity. */
const entityPermission = (name: string, action: 'create' | 'update') =>
  createPermission({
    name,
    attributes: { action },
    resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
  });

/** Re-evaluate an entity's readiness now. Reads follow the catalog's read permission. @public */
export const smoReadinessRefreshPermission = entityPermission(
  'smo.readiness.refresh',
  'update',
);

/** Record an attestation (restore tested, security review, …) for an entity. @public */
export const smoAttestationCreatePermission = entityPermission(
  'smo.attestation.create',
  'create',
);

/** Request a waiver for a check of an entity. @public */
export const smoWaiverRequestPermission = entityPermission(
  'smo.waiver.request',
  'create',
);

/** Approve, reject or revoke waivers (the SMO). @public */
export const smoWaiverDecidePermission = entityPermission(
  'smo.waiver.decide',
  'update',
);

/** Create, submit, reopen or withdraw a handover request for an entity. @public */
export const smoHandoverSubmitPermission = entityPermission(
  'smo.handover.submit',
  'create',
);

/** Review, accept, reject and move handovers through early-life support (the SMO). @public */
export const smoHandoverDecidePermission = entityPermission(
  'smo.handover.decide',
  'update',
);

/** Sign off a handover in one of the caller's roles (the role itself is checked by the backend). @public */
export const smoHandoverSignOffPermission = entityPermission(
  'smo.handover.sign-off',
  'update',
);

/** Raise an improvement on an entity into the CSI register. @public */
export const smoImprovementCreatePermission = entityPermission(
  'smo.improvement.create',
  'create',
);

/** Start an approved improvement, link evidence to it and close it when its goal is met. @public */
export const smoImprovementUpdatePermission = entityPermission(
  'smo.improvement.update',
  'update',
);

/**
 * Approve or abandon an improvement. The backend also requires the caller to own a `continual-improvement`
 * ProcessOwner or to be in the SMO group, and not to have raised it. @public
 */
export const smoImprovementApprovePermission = entityPermission(
  'smo.improvement.approve',
  'update',
);

/** Every SMO permission, for registration with the permissions registry. @public */
export const smoPermissions = [
  smoReadinessRefreshPermission,
  smoAttestationCreatePermission,
  smoWaiverRequestPermission,
  smoWaiverDecidePermission,
  smoHandoverSubmitPermission,
  smoHandoverDecidePermission,
  smoHandoverSignOffPermission,
  smoImprovementCreatePermission,
  smoImprovementUpdatePermission,
  smoImprovementApprovePermission,
];
