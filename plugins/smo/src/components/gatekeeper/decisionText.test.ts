import { DecisionLogEntry } from '@smo-backstage/plugin-smo-common';
import { describeDecision } from './decisionText';

const entry = (fields: Partial<DecisionLogEntry>): DecisionLogEntry => ({
  id: 'd',
  entityRef: 'component:default/web',
  subject: 'handover',
  subjectId: 'h',
  action: 'submit',
  actor: 'user:default/ann',
  at: '2026-11-23T10:00:00.000Z',
  ...fields,
});

describe('describeDecision', () => {
  it('names a transition with the states it moved between', () => {
    expect(
      describeDecision(entry({ fromState: 'draft', toState: 'submitted' })),
    ).toBe('Handover: submit (draft → submitted)');
    expect(
      describeDecision(
        entry({
          action: 'complete-early-life-support',
          fromState: 'early-life-support',
          toState: 'operational',
        }),
      ),
    ).toBe(
      'Handover: complete-early-life-support (early-life support → operational)',
    );
    expect(
      describeDecision(entry({ action: 'create', toState: 'draft' })),
    ).toBe('Handover: create (→ draft)');
  });

  it('names the role and decision of a sign-off', () => {
    expect(
      describeDecision(
        entry({ action: 'sign-off:change-process-owner:reject' }),
      ),
    ).toBe('Sign-off as Change process owner: reject');
  });

  it('describes waivers and attestations by their action', () => {
    expect(
      describeDecision(
        entry({
          subject: 'waiver',
          action: 'approve',
          fromState: 'requested',
          toState: 'approved',
        }),
      ),
    ).toBe('Waiver: approve (requested → approved)');
    expect(
      describeDecision(entry({ subject: 'attestation', action: 'record' })),
    ).toBe('Attestation: record');
  });
});
