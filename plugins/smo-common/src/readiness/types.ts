/** Service tier; tier-1 is the most critical. @public */
export type Tier = 'tier-1' | 'tier-2' | 'tier-3' | 'tier-4';

/** All tiers, most critical first. @public */
export const TIERS: readonly Tier[] = ['tier-1', 'tier-2', 'tier-3', 'tier-4'];

/** Whether a failing check blocks the handover. @public */
export type Severity = 'blocking' | 'advisory';

/** Outcome of one check for one entity. @public */
export type CheckStatus =
  | 'pass'
  | 'fail'
  | 'not-applicable'
  | 'unknown'
  | 'error'
  | 'waived';

/** Readiness verdict. @public */
export type Verdict = 'ready' | 'not-ready';

/** The ITIL areas built-in checks are grouped by; custom checks may name others. @public */
export type CheckCategory =
  | 'service-catalogue'
  | 'service-level'
  | 'process-ownership'
  | 'operations'
  | 'knowledge'
  | 'continuity'
  | 'security'
  | 'release'
  | (string & {});

/** Severity of a check for each tier. @public */
export type SeverityByTier = Record<Tier, Severity>;

/** One check's result for one entity, as the API returns it. @public */
export interface CheckResult {
  id: string;
  title: string;
  category: CheckCategory;
  severity: Severity;
  status: CheckStatus;
  /** Says exactly what was found. */
  message: string;
  weight: number;
  howToFix: string;
}

/** Where the service tier of an entity came from. @public */
export type TierSource =
  | { type: 'offering'; entityRef: string }
  | { type: 'annotation' }
  | { type: 'default' };

/** The catalog entities an evaluation was judged against. @public */
export interface ReadinessBasis {
  /** Offerings the entity delivers and confirms (see `offeringClaimConfirmed`): they give its tier and agreements. */
  offerings: string[];
  /** Offerings that list the entity without its confirmation; they change nothing. Absent in results stored before. */
  unconfirmedOfferings?: string[];
  agreements: string[];
  processOwners: string[];
}

/** Transition-to-service readiness of one entity. @public */
export interface ReadinessResult {
  entityRef: string;
  tier: Tier;
  tierSource: TierSource;
  verdict: Verdict;
  /** 0–100: weighted share of passing (or waived) checks among applicable ones. */
  score: number;
  /** ISO timestamp of the evaluation that confirmed this result. */
  evaluatedAt: string;
  checks: CheckResult[];
  /** Ids of the blocking checks that are not pass, not-applicable or waived. */
  blockers: string[];
  basis: ReadinessBasis;
}

/** A check definition in force, as `GET /checks` returns it. @public */
export interface CheckDefinition {
  id: string;
  title: string;
  category: CheckCategory;
  howToFix: string;
  severity: SeverityByTier;
  weight: number;
  source: 'builtin' | 'config' | 'module';
  /** For attestation-based checks: the attestation type and how long one stays valid. */
  attestation?: { type: string; validityDays: number };
}
