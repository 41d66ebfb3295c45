import { Entity } from '@backstage/catalog-model';
import {
  offeringClaimConfirmed,
  SMO_RELATIONS,
  ServiceLevelAgreementEntity,
  ServiceOfferingEntity,
} from '@smo-backstage/plugin-smo-common';
import { RelatedEntityIndex } from './RelatedEntityIndex';
import { relationTargets, resolveRef } from './refs';

/**
 * The offerings a component delivers and confirms, retired ones left out: the same confirmed claims that give it its
 * tier. `offering` looks an offering up by key.
 */
export function confirmedOfferings(
  component: Entity,
  offering: (key: string) => ServiceOfferingEntity | undefined,
): { key: string; entity: ServiceOfferingEntity }[] {
  return relationTargets(component, SMO_RELATIONS.delivers).flatMap(key => {
    const entity = offering(key);
    return entity &&
      entity.spec.lifecycle !== 'retired' &&
      offeringClaimConfirmed(component, entity)
      ? [{ key, entity }]
      : [];
  });
}

/** Keys of the agreements an offering lists in `spec.serviceLevelAgreements` (its `governedBy`). */
export function governingAgreementKeys(
  offering: ServiceOfferingEntity,
): string[] {
  return (offering.spec.serviceLevelAgreements ?? []).flatMap(ref => {
    const key = resolveRef(ref, {
      defaultKind: 'ServiceLevelAgreement',
      defaultNamespace: offering.metadata.namespace ?? 'default',
    });
    return key ? [key] : [];
  });
}

/**
 * The OLAs and UCs that underpin an agreement (`spec.underpinnedBy`) and are in the catalog: their own result for an
 * incident shows which team or supplier missed its part of a breach; the `sla.underpinned` check asks that one is in
 * force.
 */
export function underpinningAgreements(
  agreement: ServiceLevelAgreementEntity,
  index: RelatedEntityIndex,
): { key: string; entity: ServiceLevelAgreementEntity }[] {
  return (agreement.spec.underpinnedBy ?? []).flatMap(ref => {
    const key = resolveRef(ref, {
      defaultKind: 'ServiceLevelAgreement',
      defaultNamespace: agreement.metadata.namespace ?? 'default',
    });
    const entity = key ? index.agreement(key) : undefined;
    return key && entity ? [{ key, entity }] : [];
  });
}
