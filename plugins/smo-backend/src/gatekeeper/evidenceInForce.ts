import { DateTime } from 'luxon';
import { EngineCheck } from '../engine/checks/types';
import { EvidenceInForce } from '../ports';
import { EvidenceStore } from '../store/EvidenceStore';

/**
 * The gatekeeper's side of the port (see ports.ts): approved unexpired waivers, and attestations recent enough that
 * the longest attestation validity in force could still count them. Which of those count is the engine's call.
 */
export function evidenceInForce(
  store: EvidenceStore,
  checks: EngineCheck[],
): EvidenceInForce {
  const maxValidityDays = Math.max(
    0,
    ...checks.map(c => c.attestation?.validityDays ?? 0),
  );
  return {
    async load(now: DateTime, entityRefs?: string[]) {
      const [attestations, waivers] = await Promise.all([
        store.attestationsSince(
          now.minus({ days: maxValidityDays }).toISO()!,
          entityRefs,
        ),
        store.activeWaivers(now.toISO()!, entityRefs),
      ]);
      return { attestations, waivers };
    },
  };
}
