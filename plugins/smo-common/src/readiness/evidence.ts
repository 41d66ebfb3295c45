/** A recorded manual check, e.g. "restore tested". History is append-only. @public */
export interface Attestation {
  id: string;
  entityRef: string;
  /** Attestation type such as `restore-tested`, or a check id. */
  type: string;
  evidenceUrl?: string;
  note?: string;
  attestedBy: string;
  /** ISO timestamp. */
  attestedAt: string;
  /** ISO timestamp; ends the attestation if earlier than its check's validity (see `attestationValidUntil`). */
  expiresAt?: string;
}

/** Where a waiver is in its life. @public */
export const WAIVER_STATUSES = [
  'requested',
  'approved',
  'rejected',
  'revoked',
] as const;

/** Where a waiver is in its life. @public */
export type WaiverStatus = (typeof WAIVER_STATUSES)[number];

/** An SMO-approved exception for one check of one entity. @public */
export interface Waiver {
  id: string;
  entityRef: string;
  checkId: string;
  justification: string;
  requestedBy: string;
  status: WaiverStatus;
  approvedBy?: string;
  /** Comment of the approval, rejection or revocation. */
  decisionComment?: string;
  /** ISO timestamps. */
  createdAt: string;
  decidedAt?: string;
  expiresAt: string;
}
