// The API's shapes are the OpenAPI document's (plugins/smo-backend/src/schema/openapi.yaml), generated into
// schema/openapi/generated/models.ts; the domain names them here, so a change to the document reaches every user of
// these types through `yarn tsc`.
import type {
  CheckDefinition,
  CheckResult,
  ReadinessResult,
} from '../schema/openapi/generated/models';

/** Service tier; tier-1 is the most critical. @public */
export type Tier = ReadinessResult['tier'];

/** All tiers, most critical first. @public */
export const TIERS: readonly Tier[] = ['tier-1', 'tier-2', 'tier-3', 'tier-4'];

/** Whether a failing check blocks the handover. @public */
export type Severity = CheckResult['severity'];

/** Outcome of one check for one entity. @public */
export type CheckStatus = CheckResult['status'];

/** Readiness verdict. @public */
export type Verdict = ReadinessResult['verdict'];

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
export type SeverityByTier = CheckDefinition['severity'];

/** Where the service tier of an entity came from. @public */
export type TierSource = ReadinessResult['tierSource'];

/** The catalog entities an evaluation was judged against. @public */
export type ReadinessBasis = ReadinessResult['basis'];

// One check's result, an entity's readiness and a check definition in force are exactly the API's.
export type { CheckDefinition, CheckResult, ReadinessResult };
