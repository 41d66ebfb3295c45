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
import { RelatedEntityIndex } from '../catalog/RelatedEntityIndex';
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
  coverage: Map<Practice, string[]>;
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
  const delivered = relationTargets(entity, SMO_RELATIONS.delivers)
    .map(key => ({ key, entity: index.offering(key) }))
    .filter(
      (o): o is { key: string; entity: ServiceOfferingEntity } =>
        !!o.entity && o.entity.spec.lifecycle !== 'retired',
    );
  const offerings = delivered.filter(o =>
    offeringClaimConfirmed(entity, o.entity),
  );
  return subjectOf(entity, offerings, index, attestations, facts, now, {
    unconfirmedOfferings: delivered
      .filter(o => !offerings.includes(o))
      .map(o => o.key),
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
    for (const key of governingAgreementKeys(offering.entity)) {
      const agreement = index.agreement(key);
      if (agreement?.spec.type === 'sla') {
        slas.set(key, { key, entity: agreement });
      }
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
  const domainKey = system
    ? resolveRef(system.spec?.domain, {
        defaultKind: 'Domain',
        defaultNamespace: system.metadata.namespace ?? 'default',
      })
    : undefined;

  return {
    entity,
    key: entityKey(entity),
    now,
    index,
    ...deriveTier(entity, offerings),
    offerings,
    ...rest,
    slas: [...slas.values()],
    ownerKey,
    systemKey,
    domainKey,
    attestations,
    facts,
    coverage: new Map(),
  };
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
  const mine = [
    ...subject.offerings.map(o => o.key),
    subject.systemKey,
    subject.domainKey,
    subject.ownerKey,
  ].filter((k): k is string => !!k);
  return subject.index.processOwners
    .filter(
      ({ entity, scope }) =>
        entity.spec.practice === practice &&
        (scope.size === 0 || mine.some(k => scope.has(k))),
    )
    .map(({ entity }) => entityKey(entity));
}

/** Whether an agreement is active and today lies inside its validity window. */
export function inForce(subject: Subject, agreement: AgreementRef): boolean {
  if (agreement.entity.spec.status !== 'active') return false;
  const { from, until } = subject.index.agreementWindow(agreement.key);
  return (!from || from <= subject.now) && (!until || subject.now <= until);
}
