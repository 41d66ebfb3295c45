// Attestations and waivers are exactly the API's.
export type { Attestation, Waiver } from '../schema/openapi/generated/models';

/** Where a waiver is in its life. @public */
export const WAIVER_STATUSES = [
  'requested',
  'approved',
  'rejected',
  'revoked',
] as const;

/** Where a waiver is in its life. @public */
export type WaiverStatus = (typeof WAIVER_STATUSES)[number];
