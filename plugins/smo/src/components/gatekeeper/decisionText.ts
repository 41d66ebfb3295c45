import {
  DecisionLogEntry,
  SignOffRole,
} from '@smo-backstage/plugin-smo-common';
import { ROLE_LABELS, STATE_LABELS } from './handoverFlow';

const SUBJECTS: Record<DecisionLogEntry['subject'], string> = {
  handover: 'Handover',
  waiver: 'Waiver',
  attestation: 'Attestation',
};

/**
 * One log entry in words: "Handover: submit (draft → submitted)", "Sign-off as SMO approver: approve",
 * "Waiver: approve (requested → approved)". Sign-offs are logged as `sign-off:<role>:<decision>`.
 */
export function describeDecision(entry: DecisionLogEntry): string {
  const signOff = /^sign-off:([^:]+):(approve|reject)$/.exec(entry.action);
  if (signOff) {
    const role = ROLE_LABELS[signOff[1] as SignOffRole] ?? signOff[1];
    return `Sign-off as ${role}: ${signOff[2]}`;
  }
  const label = (state: string) =>
    STATE_LABELS[state as keyof typeof STATE_LABELS]?.toLocaleLowerCase(
      'en-US',
    ) ?? state;
  let move = '';
  if (entry.fromState && entry.toState) {
    move = ` (${label(entry.fromState)} → ${label(entry.toState)})`;
  } else if (entry.toState) {
    move = ` (→ ${label(entry.toState)})`;
  }
  return `${SUBJECTS[entry.subject] ?? entry.subject}: ${entry.action}${move}`;
}
