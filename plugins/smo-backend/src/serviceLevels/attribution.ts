import { Entity } from '@backstage/catalog-model';
import {
  IncidentRecord,
  ServiceLevelAgreementEntity,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { RelatedEntityIndex } from '../catalog/RelatedEntityIndex';
import {
  confirmedOfferings,
  governingAgreementKeys,
} from '../catalog/agreements';

/** An agreement an incident counts against, keyed by canonical ref. */
export interface CountedAgreement {
  key: string;
  entity: ServiceLevelAgreementEntity;
  /** The offering through which the incident counts. */
  offeringKey: string;
}

/**
 * Whether an agreement was in force at `at`: its validity window contains the moment, and it was in effect then —
 * `active`, or `expired` (an expired agreement was in force during its window). Drafts and retired agreements never
 * count. Unlike readiness's "in force today", this looks back: an incident of last March counts against the agreement
 * of last March.
 */
export function inForceAt(
  index: RelatedEntityIndex,
  key: string,
  at: DateTime,
): boolean {
  return inForceDuring(index, key, at, at);
}

/** Whether an agreement was in force at some moment from `start` to `end` (see {@link inForceAt}). */
export function inForceDuring(
  index: RelatedEntityIndex,
  key: string,
  start: DateTime,
  end: DateTime,
): boolean {
  const status = index.agreement(key)?.spec.status;
  if (status !== 'active' && status !== 'expired') return false;
  const { from, until } = index.agreementWindow(key);
  return (!from || from <= end) && (!until || start <= until);
}

/**
 * The agreements an incident counts against (service-levels spec): a Component's incident counts for every
 * ServiceOffering it delivers and confirms (the same confirmed claims that give it its tier), an offering's own
 * incident for that offering; per offering, the agreements it lists in `spec.serviceLevelAgreements` (its `governedBy`)
 * that were in force when the incident was opened. `component` is the incident's Component as the catalog has it
 * (its relations and annotations decide the offerings); unknown or retired offerings count for nothing.
 */
export function agreementsOfIncident(
  incident: IncidentRecord,
  index: RelatedEntityIndex,
  component: Entity | undefined,
): CountedAgreement[] {
  let offeringKeys: string[] = [];
  if (incident.entityRef.startsWith('serviceoffering:')) {
    offeringKeys = [incident.entityRef];
  } else if (component) {
    offeringKeys = confirmedOfferings(component, key =>
      index.offering(key),
    ).map(o => o.key);
  }
  const opened = DateTime.fromISO(incident.openedAt, { zone: 'utc' });
  const counted = new Map<string, CountedAgreement>();
  for (const offeringKey of offeringKeys) {
    const offering = index.offering(offeringKey);
    if (!offering || offering.spec.lifecycle === 'retired') continue;
    for (const key of governingAgreementKeys(offering)) {
      const entity = index.agreement(key);
      if (entity && !counted.has(key) && inForceAt(index, key, opened)) {
        counted.set(key, { key, entity, offeringKey });
      }
    }
  }
  return [...counted.values()];
}
