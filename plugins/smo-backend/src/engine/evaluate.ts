import { Entity } from '@backstage/catalog-model';
import {
  Attestation,
  CampaignDefinition,
  CheckResult,
  Ladder,
  ladderStanding,
  ReadinessResult,
  ServiceOfferingEntity,
  Tier,
  Waiver,
  waiverInForce,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { RelatedEntityIndex } from '../catalog/RelatedEntityIndex';
import { campaignSeverity, coveringCampaigns } from './campaigns';
import { EngineCheck } from './checks/types';
import { computeScore, findBlockers, verdictOf } from './score';
import {
  buildOfferingSubject,
  buildSubject,
  coveringProcessOwners,
  Subject,
} from './subject';

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

const PRACTICES = [
  'incident-management',
  'change-enablement',
  'problem-management',
] as const;

/** What, besides the checks, makes the standard an entity is judged by. */
export interface StandardRules {
  /** The readiness ladder (`smo.readiness.levels`), when configured. */
  ladder?: Ladder;
  /** The campaigns configured (`smo.improvement.campaigns`). */
  campaigns?: readonly CampaignDefinition[];
}

/**
 * Evaluates one entity: a pure function of the entity, the related-entity index, its evidence,
 * the checks in force, the ladder and campaigns, and the time. A check that throws yields `error` for that check only.
 */
export function evaluateEntity(
  entity: Entity,
  index: RelatedEntityIndex,
  evidence: EntityEvidence,
  checks: EngineCheck[],
  now: DateTime,
  { ladder, campaigns = [] }: StandardRules = {},
): ReadinessResult {
  const subject = buildSubject(
    entity,
    index,
    evidence.attestations,
    evidence.facts,
    now,
  );
  const covering = coveringCampaigns(subject, campaigns);
  const results = runChecks(subject, evidence.waivers, checks, covering);
  // On a ladder, every check at or below the handover's level blocks, whatever its severity.
  const standing = ladder && ladderStanding(results, ladder);
  // Check ids are unique in a plan: only the ladder's can repeat a blocker.
  const blockers = standing
    ? [...new Set([...findBlockers(results), ...standing.unmet])]
    : findBlockers(results);
  // Optional keys are assigned in place, in key order, as in runChecks.
  const result = {
    entityRef: subject.key,
    tier: subject.tier,
    tierSource: subject.tierSource,
    verdict: verdictOf(blockers),
    score: computeScore(results),
  } as ReadinessResult;
  if (standing) {
    const { unmet: _unmet, ...level } = standing;
    result.level = level;
  }
  result.evaluatedAt = subject.instant.iso;
  // Only when a campaign covers it: results (and their fingerprints) stay as they were without campaigns.
  if (covering.length > 0) result.campaigns = covering.map(c => c.id);
  result.checks = results;
  result.blockers = blockers;
  result.basis = {
    offerings: subject.offerings.map(o => o.key),
    unconfirmedOfferings: subject.unconfirmedOfferings,
    agreements: subject.slas.map(s => s.key),
    processOwners: [
      ...new Set(PRACTICES.flatMap(p => coveringProcessOwners(subject, p))),
    ],
  };
  return result;
}

/** An offering's own checks (those marked `offeringLevel`), evaluated once on the offering itself. */
export function evaluateOffering(
  offering: ServiceOfferingEntity,
  index: RelatedEntityIndex,
  facts: Record<string, unknown>,
  checks: EngineCheck[],
  now: DateTime,
): { tier: Tier; checks: CheckResult[]; score: number; blockers: string[] } {
  const subject = buildOfferingSubject(offering, index, facts, now);
  const results = runChecks(
    subject,
    [],
    checks.filter(c => c.offeringLevel),
  );
  return {
    tier: subject.tier,
    checks: results,
    score: computeScore(results),
    blockers: findBlockers(results),
  };
}

/** Runs each check on the subject; a failure covered by a waiver in force is `waived`, a throw is `error`. */
function runChecks(
  subject: Subject,
  waivers: Waiver[],
  checks: EngineCheck[],
  covering: readonly CampaignDefinition[] = [],
): CheckResult[] {
  const now = subject.instant.date;
  const results: CheckResult[] = [];
  for (const check of checks) {
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
      const waiver = waivers.find(
        w => w.checkId === check.id && waiverInForce(w, now),
      );
      if (waiver) {
        message = `${message} — waived until ${waiver.expiresAt.slice(
          0,
          10,
        )} (${waiver.justification})`;
        status = 'waived';
      }
    }
    const campaign =
      covering.length > 0
        ? campaignSeverity(check.id, subject.tier, covering, now)
        : undefined;
    // Optional keys assigned in place rather than spread in: same key order, several times cheaper per check.
    const result = {
      id: check.id,
      title: check.title,
      category: check.category,
      severity: campaign?.severity ?? check.severity[subject.tier],
      status,
      message,
      weight: check.weight,
    } as CheckResult;
    if (check.level) result.level = check.level;
    if (campaign) result.campaign = campaign.campaign;
    result.howToFix = check.howToFix;
    results.push(result);
  }
  return results;
}
