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
