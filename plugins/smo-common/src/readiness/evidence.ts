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
  /** ISO timestamp; validity from config applies when absent. */
  expiresAt?: string;
}

/** Where a waiver is in its life. @public */
export type WaiverStatus = 'requested' | 'approved' | 'rejected' | 'revoked';

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
