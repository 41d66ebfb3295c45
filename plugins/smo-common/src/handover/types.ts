import type { GetSnapshotResponse } from '../schema/openapi/generated/apis';
import type { Handover } from '../schema/openapi/generated/models';

/** States of a handover request from development to operations. @public */
export const HANDOVER_STATES = [
  'draft',
  'submitted',
  'in-review',
  'accepted',
  'rejected',
  'withdrawn',
  'early-life-support',
  'operational',
] as const;

/** A state of a handover request. @public */
export type HandoverState = (typeof HANDOVER_STATES)[number];

/** Transitions a caller can ask for; `HANDOVER_TRANSITIONS` says from where to where. @public */
export const HANDOVER_ACTIONS = [
  'submit',
  'start-review',
  'accept',
  'reject',
  'reopen',
  'withdraw',
  'start-early-life-support',
  'complete-early-life-support',
] as const;

/** A transition a caller can ask for. @public */
export type HandoverAction = (typeof HANDOVER_ACTIONS)[number];

/** Roles whose sign-off a handover may require. @public */
export const SIGN_OFF_ROLES = [
  'service-owner',
  'smo-approver',
  'incident-process-owner',
  'change-process-owner',
] as const;

/** A role whose sign-off a handover may require. @public */
export type SignOffRole = (typeof SIGN_OFF_ROLES)[number];

/** The answers of a sign-off and of a waiver decision. @public */
export const APPROVAL_DECISIONS = ['approve', 'reject'] as const;

/** The answer of a sign-off or a waiver decision. @public */
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

// A handover and an entry of the decision log are exactly the API's.
export type {
  Handover,
  Decision as DecisionLogEntry,
} from '../schema/openapi/generated/models';

/** One role's sign-off in the current review round. @public */
export type SignOff = Handover['signOffs'][number];

/** A frozen evaluation stored with a decision. @public */
export type EvaluationSnapshot = GetSnapshotResponse;
