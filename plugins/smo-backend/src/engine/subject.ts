import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';
import {
  Attestation,
  offeringClaimConfirmed,
  Practice,
  SMO_ANNOTATIONS,
  SMO_RELATIONS,
  ServiceLevelAgreementEntity,
  ServiceOfferingEntity,
  Tier,
  TierSource,
  TIERS,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import {
  ProcessOwnerEntry,
  RelatedEntityIndex,
} from '../catalog/RelatedEntityIndex';
import { entityKey, relationTargets, resolveRef } from '../catalog/refs';
import { governingAgreementKeys } from '../catalog/agreements';

/** An agreement together with its canonical ref. */
export interface AgreementRef {
  key: string;
  entity: ServiceLevelAgreementEntity;
}

/**
 * Everything the built-in checks read about one entity, derived once from the entity and the index
 * so that the checks themselves stay trivial and free of I/O.
 */
export interface Subject {
  entity: Entity;
  key: string;
  now: DateTime;
  /** `now` as a Date and an ISO string. */
  instant: Instant;
  index: RelatedEntityIndex;
  tier: Tier;
  tierSource: TierSource;
  /** Offerings the entity delivers whose lifecycle is not `retired`, and whose claim the entity confirms. */
  offerings: { key: string; entity: ServiceOfferingEntity }[];
  /** Offerings listing the entity in `spec.components` without its confirmation: shown, counted for nothing. */
  unconfirmedOfferings: string[];
  /** Agreements of type `sla` that govern those offerings. */
  slas: AgreementRef[];
  ownerKey?: string;
  systemKey?: string;
  domainKey?: string;
  attestations: Attestation[];
  facts: Record<string, unknown>;
  /** Covering process owners per practice, filled on first use (checks and the basis share it). */
  coverage?: Map<Practice, string[]>;
}

/** An instant in the forms the engine reads besides luxon's. */
export interface Instant {
  date: Date;
  iso: string;
}

let lastInstant: (Instant & { now: DateTime }) | undefined;

/** `now` as a Date and ISO string, converted once: a sweep evaluates every entity at the same `now`. */
export function instantOf(now: DateTime): Instant {
  if (lastInstant?.now !== now) {
    lastInstant = { now, date: now.toJSDate(), iso: now.toISO()! };
  }
  return lastInstant;
}

const TIER_RANK: Record<string, number> = Object.fromEntries(
  TIERS.map((t, i) => [t, i]),
);

export function buildSubject(
  entity: Entity,
  index: RelatedEntityIndex,
  attestations: Attestation[],
  facts: Record<string, unknown>,
  now: DateTime,
): Subject {
  // Delivered offerings that are not retired, split by whether the entity confirms their claim.
  const offerings: Subject['offerings'] = [];
  const unconfirmedOfferings: string[] = [];
  for (const key of relationTargets(entity, SMO_RELATIONS.delivers)) {
    const offering = index.offering(key);
    if (!offering || offering.spec.lifecycle === 'retired') continue;
    if (offeringClaimConfirmed(entity, offering)) {
      offerings.push({ key, entity: offering });
    } else {
      unconfirmedOfferings.push(key);
    }
  }
  return subjectOf(entity, offerings, index, attestations, facts, now, {
    unconfirmedOfferings,
  });
}

/**
 * An offering as the subject of its own checks (those marked `offeringLevel`): it "delivers" itself, so the
 * service-level, support-group and process-owner checks judge it exactly as they judge a component delivering it.
 */
export function buildOfferingSubject(
  offering: ServiceOfferingEntity,
  index: RelatedEntityIndex,
  facts: Record<string, unknown>,
  now: DateTime,
): Subject {
  const self = { key: entityKey(offering), entity: offering };
  return subjectOf(offering, [self], index, [], facts, now, {
    unconfirmedOfferings: [],
  });
}

function subjectOf(
  entity: Entity,
  offerings: Subject['offerings'],
  index: RelatedEntityIndex,
  attestations: Attestation[],
  facts: Record<string, unknown>,
  now: DateTime,
  rest: Pick<Subject, 'unconfirmedOfferings'>,
): Subject {
  const namespace = entity.metadata.namespace ?? 'default';
  const slas = new Map<string, AgreementRef>();
  for (const offering of offerings) {
    for (const sla of index.derived(offering.entity, governingSlas)) {
      slas.set(sla.key, sla);
    }
  }

  const ownerKey =
    relationTargets(entity, RELATION_OWNED_BY)[0] ??
    resolveRef(entity.spec?.owner, {
      defaultKind: 'Group',
      defaultNamespace: namespace,
    });
  const systemKey = resolveRef(entity.spec?.system, {
    defaultKind: 'System',
    defaultNamespace: namespace,
  });
  const system = systemKey ? index.get(systemKey) : undefined;
  const domainKey = system ? index.derived(system, domainOf) : undefined;

  const { tier, tierSource } = deriveTier(entity, offerings);
  return {
    entity,
    key: entityKey(entity),
    now,
    instant: instantOf(now),
    index,
    tier,
    tierSource,
    offerings,
    unconfirmedOfferings: rest.unconfirmedOfferings,
    slas: [...slas.values()],
    ownerKey,
    systemKey,
    domainKey,
    attestations,
    facts,
  };
}

/** The agreements of type `sla` in the index that govern an offering. */
function governingSlas(
  offering: ServiceOfferingEntity,
  index: RelatedEntityIndex,
): AgreementRef[] {
  return governingAgreementKeys(offering).flatMap(key => {
    const agreement = index.agreement(key);
    return agreement?.spec.type === 'sla' ? [{ key, entity: agreement }] : [];
  });
}

/** The key of the domain a system is part of. */
function domainOf(system: Entity): string | undefined {
  return resolveRef(system.spec?.domain, {
    defaultKind: 'Domain',
    defaultNamespace: system.metadata.namespace ?? 'default',
  });
}

/** The most critical offering tier, else the tier annotation, else tier-3. */
function deriveTier(
  entity: Entity,
  offerings: Subject['offerings'],
): { tier: Tier; tierSource: TierSource } {
  let best: { tier: Tier; key: string } | undefined;
  for (const { key, entity: offering } of offerings) {
    const tier = offering.spec.criticality;
    if (
      TIER_RANK[tier] !== undefined &&
      (!best || TIER_RANK[tier] < TIER_RANK[best.tier])
    ) {
      best = { tier, key };
    }
  }
  if (best) {
    return {
      tier: best.tier,
      tierSource: { type: 'offering', entityRef: best.key },
    };
  }
  const annotated = entity.metadata.annotations?.[SMO_ANNOTATIONS.tier];
  if (annotated && TIER_RANK[annotated] !== undefined) {
    return { tier: annotated as Tier, tierSource: { type: 'annotation' } };
  }
  return { tier: 'tier-3', tierSource: { type: 'default' } };
}

/** Process owners for a practice that cover the subject (organisation-wide or scoped to it). */
export function coveringProcessOwners(
  subject: Subject,
  practice: Practice,
): string[] {
  // Found once for every practice: checks and the basis ask for each.
  if (!subject.coverage) {
    const { index } = subject;
    const scoped = new Set<ProcessOwnerEntry>();
    for (const { key } of subject.offerings) addScoping(scoped, index, key);
    addScoping(scoped, index, subject.systemKey);
    addScoping(scoped, index, subject.domainKey);
    addScoping(scoped, index, subject.ownerKey);
    subject.coverage = new Map();
    for (const owner of index.processOwners) {
      if (owner.scope.size > 0 && !scoped.has(owner)) continue;
      const practiceOwners = subject.coverage.get(owner.entity.spec.practice);
      if (practiceOwners) practiceOwners.push(owner.key);
      else subject.coverage.set(owner.entity.spec.practice, [owner.key]);
    }
  }
  return subject.coverage.get(practice) ?? [];
}

/** Adds the process owners whose scope names `ref` (the subject's offering, system, domain or owner). */
function addScoping(
  scoped: Set<ProcessOwnerEntry>,
  index: RelatedEntityIndex,
  ref: string | undefined,
) {
  if (!ref) return;
  for (const owner of index.processOwnersScoping(ref)) scoped.add(owner);
}

/** Whether an agreement is active and today lies inside its validity window. */
export function inForce(subject: Subject, agreement: AgreementRef): boolean {
  if (agreement.entity.spec.status !== 'active') return false;
  const { from, until } = subject.index.agreementWindow(agreement.key);
  // As `from <= now`, without the object-to-primitive conversion that makes luxon comparisons ~40x slower.
  const now = subject.now.toMillis();
  return (
    (!from || from.toMillis() <= now) && (!until || now <= until.toMillis())
  );
}
