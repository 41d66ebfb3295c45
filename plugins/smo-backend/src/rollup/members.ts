import { Entity } from '@backstage/catalog-model';
import {
  EXCLUDED_LIFECYCLES,
  ReadinessResult,
  RollupMemberInput,
} from '@smo-backstage/plugin-smo-common';
import { computeScore } from '../engine/score';

/** A component as the roll-ups see it: its result in brief and where it belongs (offerings, system, owner). */
export interface Member extends RollupMemberInput {
  offerings: string[];
  systemRef?: string;
  ownerRef?: string;
  /** Ids of its checks that a waiver in force turned to `waived`. */
  waived: string[];
}

/**
 * The member for a component's fresh result. Its weight in an offering leaves out the offering-level checks, which
 * the offering's own checks count once; `deprecated` and `retired` components are listed but not counted.
 */
export function memberOf(
  entity: Entity,
  result: ReadinessResult,
  where: { systemRef?: string; ownerRef?: string },
  offeringLevel: ReadonlySet<string>,
): Member {
  const lifecycle =
    typeof entity.spec?.lifecycle === 'string'
      ? entity.spec.lifecycle
      : undefined;
  return {
    entityRef: result.entityRef,
    tier: result.tier,
    verdict: result.verdict,
    score: result.score,
    weighedScore: computeScore(
      result.checks.filter(c => !offeringLevel.has(c.id)),
    ),
    blockers: result.blockers,
    ...(lifecycle && { lifecycle }),
    counted: !lifecycle || !EXCLUDED_LIFECYCLES.includes(lifecycle),
    offerings: result.basis.offerings,
    ...where,
    waived: result.checks.filter(c => c.status === 'waived').map(c => c.id),
  };
}
