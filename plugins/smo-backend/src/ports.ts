import {
  Attestation,
  ReadinessResult,
  Waiver,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';

/*
 * The one place where readiness (service/) and the gatekeeper (gatekeeper/) meet. Neither imports the other's
 * classes: each side implements one interface below and calls the other, and plugin.ts connects them. Data still
 * flows one way per direction — evidence into evaluations, evaluations into decisions.
 */

/** Evidence that may count in an evaluation, per entity ref. */
export interface EvidenceForEvaluation {
  attestations: Map<string, Attestation[]>;
  waivers: Map<string, Waiver[]>;
}

/**
 * "Evidence in force for an entity": attestations recent enough to count and approved, unexpired waivers.
 * Implemented by the gatekeeper (`evidenceInForce` over its evidence store); called by the readiness engine on each
 * sweep and refresh.
 */
export interface EvidenceInForce {
  /** For the entities given, or for all of them when left out. */
  load(now: DateTime, entityRefs?: string[]): Promise<EvidenceForEvaluation>;
}

/**
 * What the gatekeeper asks of readiness. Implemented by `DefaultReadinessService`; called by `DefaultEvidenceService`
 * (scored before writing, re-evaluate after evidence changed) and `DefaultHandoverService` (the evaluation a decision
 * is gated on and frozen with).
 */
export interface ReadinessPort {
  /** Throws NotFoundError when the entity is not scored, so a mutation fails before it writes anything. */
  assertScored(entityRef: string): Promise<void>;
  /** The stored result, without evaluating; undefined before the entity's first evaluation. */
  stored(entityRef: string): Promise<ReadinessResult | undefined>;
  /** Evaluates the entity now and stores the result. */
  evaluate(entityRef: string): Promise<ReadinessResult>;
  /** "Re-evaluate after evidence changed": readers see new evidence's effect at once, not at the next sweep. */
  evidenceChanged(entityRef: string): Promise<void>;
}

/**
 * What the gatekeeper asks of service-level management: which measured exit criteria of early-life support an entity
 * does not meet yet (`smo.serviceLevels.earlyLifeSupportExit`). Implemented in serviceLevels/earlyLifeSupportExit.ts;
 * called by `DefaultHandoverService` before it completes early-life support. Absent when no criteria are configured.
 */
export interface ServiceLevelPort {
  /** Sentences saying what is not met since `since` (when early-life support started); none: it may complete. */
  unmetExitCriteria(entityRef: string, since: DateTime): Promise<string[]>;
}
