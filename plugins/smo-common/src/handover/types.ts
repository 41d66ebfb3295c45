import { ReadinessResult } from '../readiness/types';

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

/** One role's sign-off in the current review round. @public */
export interface SignOff {
  id: string;
  role: SignOffRole;
  decision: ApprovalDecision;
  actor: string;
  comment?: string;
  /** Id of the frozen evaluation the signer saw. */
  snapshotId: string;
  createdAt: string;
}

/** A handover request with its sign-offs. @public */
export interface Handover {
  id: string;
  entityRef: string;
  state: HandoverState;
  /** Optimistic-concurrency version: send it back with each transition. */
  version: number;
  /** Review round; reopening a rejected handover starts a new one and clears sign-offs. */
  round: number;
  requestedBy: string;
  createdAt: string;
  updatedAt: string;
  requiredSignOffs: SignOffRole[];
  signOffs: SignOff[];
}

/** An entry of the append-only decision log. @public */
export interface DecisionLogEntry {
  id: string;
  entityRef: string;
  subject: 'handover' | 'waiver' | 'attestation';
  subjectId: string;
  action: string;
  actor: string;
  fromState?: string;
  toState?: string;
  comment?: string;
  snapshotId?: string;
  at: string;
}

/** A frozen evaluation stored with a decision. @public */
export interface EvaluationSnapshot {
  id: string;
  entityRef: string;
  result: ReadinessResult;
  createdAt: string;
}
