import { Attestation } from './evidence';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When an attestation stops counting (ISO timestamp, UTC): the earlier of `validityDays` after it was made (its
 * check's validity; days of 24 hours) and its explicit `expiresAt`. Undefined when neither applies, e.g. a type
 * without an attestation check and without an explicit expiry. @public
 */
export function attestationValidUntil(
  attestation: Pick<Attestation, 'attestedAt' | 'expiresAt'>,
  validityDays?: number,
): string | undefined {
  const ends: number[] = [];
  if (validityDays !== undefined) {
    ends.push(Date.parse(attestation.attestedAt) + validityDays * DAY_MS);
  }
  if (attestation.expiresAt) ends.push(Date.parse(attestation.expiresAt));
  const valid = ends.filter(t => !Number.isNaN(t));
  return valid.length > 0
    ? new Date(Math.min(...valid)).toISOString()
    : undefined;
}

/** Whether an attestation counts at `now`: until (excluding) its `attestationValidUntil`. @public */
export function attestationInForce(
  attestation: Pick<Attestation, 'attestedAt' | 'expiresAt'>,
  now: Date,
  validityDays?: number,
): boolean {
  const until = attestationValidUntil(attestation, validityDays);
  return until === undefined || Date.parse(until) > now.getTime();
}
