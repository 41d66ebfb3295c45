import { ReadinessResult } from '../readiness/types';

/** States of a handover request from development to operations. @public */
export type HandoverState =
  | 'draft'
  | 'submitted'
  | 'in-review'
  | 'accepted'
  | 'rejected'
  | 'withdrawn'
  | 'early-life-support'
  | 'operational';

/** Transitions a caller can ask for. @public */
export type HandoverAction =
  | 'submit'
  | 'start-review'
  | 'accept'
  | 'reject'
  | 'reopen'
  | 'withdraw'
  | 'start-early-life-support'
  | 'complete-early-life-support';

/** Roles whose sign-off a handover may require. @public */
export type SignOffRole =
  | 'service-owner'
  | 'smo-approver'
  | 'incident-process-owner'
  | 'change-process-owner';

/** One role's sign-off in the current review round. @public */
export interface SignOff {
  id: string;
  role: SignOffRole;
  decision: 'approve' | 'reject';
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
