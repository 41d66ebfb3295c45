import { Entity } from '@backstage/catalog-model';
import {
  Attestation,
  CheckResult,
  ReadinessResult,
  Waiver,
  waiverInForce,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { RelatedEntityIndex } from '../catalog/RelatedEntityIndex';
import { EngineCheck } from './checks/types';
import { computeScore, findBlockers, verdictOf } from './score';
import { buildSubject, coveringProcessOwners } from './subject';

/** What is known about one entity besides the catalog: recorded evidence and gathered facts. */
export interface EntityEvidence {
  attestations: Attestation[];
  waivers: Waiver[];
  facts: Record<string, unknown>;
}

export const NO_EVIDENCE: EntityEvidence = {
  attestations: [],
  waivers: [],
  facts: {},
};

/**
 * Evaluates one entity: a pure function of the entity, the related-entity index, its evidence,
 * the checks in force and the time. A check that throws yields `error` for that check only.
 */
export function evaluateEntity(
  entity: Entity,
  index: RelatedEntityIndex,
  evidence: EntityEvidence,
  checks: EngineCheck[],
  now: DateTime,
): ReadinessResult {
  const subject = buildSubject(
    entity,
    index,
    evidence.attestations,
    evidence.facts,
    now,
  );
  const results: CheckResult[] = checks.map(check => {
    let status: CheckResult['status'];
    let message: string;
    try {
      ({ status, message } = check.evaluate(subject));
    } catch (error) {
      status = 'error';
      message = `the check failed: ${
        error instanceof Error ? error.message : String(error)
      }`;
    }
    if (status === 'fail' || status === 'unknown') {
      const waiver = evidence.waivers.find(
        w => w.checkId === check.id && waiverInForce(w, now.toJSDate()),
      );
      if (waiver) {
        message = `${message} — waived until ${waiver.expiresAt.slice(
          0,
          10,
        )} (${waiver.justification})`;
        status = 'waived';
      }
    }
    return {
      id: check.id,
      title: check.title,
      category: check.category,
      severity: check.severity[subject.tier],
      status,
      message,
      weight: check.weight,
      howToFix: check.howToFix,
    };
  });

  const blockers = findBlockers(results);
  return {
    entityRef: subject.key,
    tier: subject.tier,
    tierSource: subject.tierSource,
    verdict: verdictOf(blockers),
    score: computeScore(results),
    evaluatedAt: now.toISO()!,
    checks: results,
    blockers,
    basis: {
      offerings: subject.offerings.map(o => o.key),
      unconfirmedOfferings: subject.unconfirmedOfferings,
      agreements: subject.slas.map(s => s.key),
      processOwners: [
        ...new Set(
          (
            [
              'incident-management',
              'change-enablement',
              'problem-management',
            ] as const
          ).flatMap(p => coveringProcessOwners(subject, p)),
        ),
      ],
    },
  };
}
