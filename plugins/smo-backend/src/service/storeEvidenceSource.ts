import { DateTime } from 'luxon';
import { EngineCheck } from '../engine/checks/types';
import { EvidenceStore } from '../store/EvidenceStore';
import { EvidenceSource } from './ReadinessService';

/**
 * Evidence for evaluations from the store: approved unexpired waivers, and attestations recent
 * enough that the longest attestation validity in force could still count them.
 */
export function storeEvidenceSource(
  store: EvidenceStore,
  checks: EngineCheck[],
): EvidenceSource {
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
