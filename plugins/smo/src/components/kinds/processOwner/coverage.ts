import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ProcessOwnerEntity,
  SMO_PRACTICES,
  SMO_RELATIONS,
  isProcessOwnerEntity,
} from '@smo-backstage/plugin-smo-common';

/** An empty or absent scope means the process owner is accountable organisation-wide. */
export function isOrganisationWide(owner: ProcessOwnerEntity): boolean {
  return (owner.spec.scope ?? []).length === 0;
}

/**
 * The process owners accountable for `target`: those whose scope names it (the catalog module turns each scope
 * entry into a `processOwnerOf` relation) and the organisation-wide ones. Ordered by practice as the SMO model lists
 * them, scoped before organisation-wide within a practice.
 */
export function processOwnersCovering(
  candidates: Entity[],
  target: Entity,
): ProcessOwnerEntity[] {
  const targetRef = stringifyEntityRef(target);
  const rank = (owner: ProcessOwnerEntity) =>
    SMO_PRACTICES.indexOf(owner.spec.practice) * 2 +
    (isOrganisationWide(owner) ? 1 : 0);
  return candidates
    .filter(isProcessOwnerEntity)
    .filter(
      owner =>
        isOrganisationWide(owner) ||
        (owner.relations ?? []).some(
          r =>
            r.type === SMO_RELATIONS.processOwnerOf &&
            r.targetRef === targetRef,
        ),
    )
    .sort((a, b) => rank(a) - rank(b));
}
