import {
  Attestation,
  DecisionLogEntry,
  Handover,
  SignOff,
  Waiver,
} from '@smo-backstage/plugin-smo-common';
import { SmoApi } from '../../api/SmoApi';

// Gatekeeper records shaped as the backend returns them, for the Governance tab's workflow sections.

export const ROLES: Handover['requiredSignOffs'] = [
  'service-owner',
  'smo-approver',
  'incident-process-owner',
  'change-process-owner',
];

export const handover = (
  entityRef: string,
  fields: Partial<Handover> = {},
): Handover => ({
  id: 'h-1',
  entityRef,
  state: 'draft',
  version: 1,
  round: 1,
  requestedBy: 'user:default/ann',
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  requiredSignOffs: ROLES,
  signOffs: [],
  ...fields,
});

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

export const waiver = (
  entityRef: string,
  fields: Partial<Waiver> = {},
): Waiver => ({
  id: 'w-1',
  entityRef,
  checkId: 'ops.runbook',
  justification: 'Runbook is being written with the ops team',
  requestedBy: 'user:default/ann',
  status: 'requested',
  createdAt: '2026-11-22T09:00:00.000Z',
  expiresAt: '2027-01-15T09:00:00.000Z',
  ...fields,
});

export const attestation = (
  entityRef: string,
  fields: Partial<Attestation> = {},
): Attestation => ({
  id: 'a-1',
  entityRef,
  type: 'restore-tested',
  evidenceUrl: 'https://evidence.example/restore-42',
  note: 'Restored last night into staging',
  attestedBy: 'user:default/ann',
  attestedAt: '2026-11-20T09:00:00.000Z',
  expiresAt: '2027-05-19T09:00:00.000Z',
  ...fields,
});

export const decision = (
  entityRef: string,
  fields: Partial<DecisionLogEntry> = {},
): DecisionLogEntry => ({
  id: 'd-1',
  entityRef,
  subject: 'handover',
  subjectId: 'h-1',
  action: 'submit',
  actor: 'user:default/ann',
  fromState: 'draft',
  toState: 'submitted',
  snapshotId: 'snap-1',
  at: '2026-11-23T10:00:00.000Z',
  ...fields,
});

/** Reads of an entity with no workflow yet: what every gatekeeper section loads. */
export const emptyWorkflow: Partial<SmoApi> = {
  listHandovers: async () => [],
  listWaivers: async () => [],
  listAttestations: async () => ({
    items: [],
    types: ['restore-tested', 'security-review', 'rollback-tested'],
  }),
  listDecisions: async () => [],
};

let next = 0;
/** A component of its own per test: permission answers are cached per permission and entity across renders. */
export const freshName = (prefix = 'svc') => `${prefix}-${(next += 1)}`;
