import {
  Attestation,
  DecisionLogEntry,
  Handover,
  SignOff,
  Waiver,
} from '@smo-backstage/plugin-smo-common';

// Gatekeeper records shaped as the backend returns them.

/**
 * A builder of records of an entity: the `defaults` for `entityRef`, in which `fields` overrides any field.
 *
 * @public
 */
export function recordBuilder<T extends { entityRef: string }>(
  defaults: Omit<T, 'entityRef'>,
) {
  return (entityRef: string, fields: Partial<T> = {}): T =>
    ({ ...defaults, entityRef, ...fields } as T);
}

/** The sign-off roles a handover requires by default. @public */
export const SIGN_OFF_ROLES: Handover['requiredSignOffs'] = [
  'service-owner',
  'smo-approver',
  'incident-process-owner',
  'change-process-owner',
];

/** A draft handover, requested by ann, with no sign-off yet. @public */
export const handover = recordBuilder<Handover>({
  id: 'h-1',
  state: 'draft',
  version: 1,
  round: 1,
  requestedBy: 'user:default/ann',
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  requiredSignOffs: SIGN_OFF_ROLES,
  signOffs: [],
});

/** A sign-off by bob in `role`. @public */
export const signOff = (
  role: SignOff['role'],
  decision: SignOff['decision'],
  fields: Partial<SignOff> = {},
): SignOff => ({
  id: `so-${role}-${decision}`,
  role,
  decision,
  actor: 'user:default/bob',
  snapshotId: `snap-${role}`,
  createdAt: '2026-11-23T10:30:00.000Z',
  ...fields,
});

/** A waiver of ops.runbook that ann requested. @public */
export const waiver = recordBuilder<Waiver>({
  id: 'w-1',
  checkId: 'ops.runbook',
  justification: 'Runbook is being written with the ops team',
  requestedBy: 'user:default/ann',
  status: 'requested',
  createdAt: '2026-11-22T09:00:00.000Z',
  expiresAt: '2027-01-15T09:00:00.000Z',
});

/** A restore-tested attestation by ann. @public */
export const attestation = recordBuilder<Attestation>({
  id: 'a-1',
  type: 'restore-tested',
  evidenceUrl: 'https://evidence.example/restore-42',
  note: 'Restored last night into staging',
  attestedBy: 'user:default/ann',
  attestedAt: '2026-11-20T09:00:00.000Z',
  expiresAt: '2027-05-19T09:00:00.000Z',
});

/** A decision-log entry: ann submitted the handover h-1. @public */
export const decision = recordBuilder<DecisionLogEntry>({
  id: 'd-1',
  subject: 'handover',
  subjectId: 'h-1',
  action: 'submit',
  actor: 'user:default/ann',
  fromState: 'draft',
  toState: 'submitted',
  snapshotId: 'snap-1',
  at: '2026-11-23T10:00:00.000Z',
});
