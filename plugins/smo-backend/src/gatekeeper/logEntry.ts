import { DecisionLogEntry } from '@smo-backstage/plugin-smo-common';
import { randomUUID } from 'node:crypto';

/**
 * A new decision log entry: `actor` did `action` at `at` on `record` (a `subject`: an attestation, waiver or
 * handover of an entity), with any `extra` (states, comment, snapshot).
 */
export function logEntry(
  subject: DecisionLogEntry['subject'],
  record: { id: string; entityRef: string },
  action: string,
  actor: string,
  at: string,
  extra: Partial<DecisionLogEntry> = {},
): DecisionLogEntry {
  return {
    id: randomUUID(),
    entityRef: record.entityRef,
    subject,
    subjectId: record.id,
    action,
    actor,
    at,
    ...extra,
  };
}
