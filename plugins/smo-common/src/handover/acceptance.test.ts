import {
  handoverAcceptance,
  latestSignOffs,
  missingApprovals,
} from './acceptance';
import { SignOff, SignOffRole } from './types';

const signOff = (
  id: string,
  role: SignOffRole,
  decision: SignOff['decision'],
): SignOff => ({
  id,
  role,
  decision,
  actor: 'user:default/ann',
  snapshotId: `s-${id}`,
  createdAt: '2026-11-23T10:00:00.000Z',
});

const handover = {
  requiredSignOffs: [
    'service-owner',
    'smo-approver',
    'incident-process-owner',
  ] as SignOffRole[],
  // Oldest first, as stored; equal timestamps keep that order.
  signOffs: [
    signOff('1', 'smo-approver', 'reject'),
    signOff('2', 'service-owner', 'approve'),
    signOff('3', 'smo-approver', 'approve'),
    signOff('4', 'service-owner', 'reject'),
  ],
};
const approvedByAll = {
  ...handover,
  signOffs: [
    ...handover.signOffs,
    signOff('5', 'service-owner', 'approve'),
    signOff('6', 'incident-process-owner', 'approve'),
  ],
};
const ready = { verdict: 'ready' as const, blockers: [] };
const notReady = { verdict: 'not-ready' as const, blockers: ['ops.runbook'] };

describe('latest sign-off per role', () => {
  it('keeps the last sign-off of each required role, in the order of the required roles', () => {
    expect(latestSignOffs(handover).map(l => [l.role, l.signOff?.id])).toEqual([
      ['service-owner', '4'],
      ['smo-approver', '3'],
      ['incident-process-owner', undefined],
    ]);
  });

  it('lists the roles still without an approval', () => {
    expect(missingApprovals(handover)).toEqual([
      'service-owner',
      'incident-process-owner',
    ]);
    expect(
      missingApprovals({ ...handover, requiredSignOffs: ['smo-approver'] }),
    ).toEqual([]);
  });
});

describe('handoverAcceptance', () => {
  it('accepts with a ready verdict and an approval from every required role', () => {
    expect(handoverAcceptance(approvedByAll, ready)).toEqual({
      acceptable: true,
      ready: true,
      blockers: [],
      missingApprovals: [],
    });
  });

  it('refuses while the verdict is not ready, naming the blockers, even if all approved', () => {
    expect(handoverAcceptance(approvedByAll, notReady)).toEqual({
      acceptable: false,
      ready: false,
      blockers: ['ops.runbook'],
      missingApprovals: [],
    });
  });

  it('refuses while a required role has not approved, a later rejection undoing an approval', () => {
    expect(handoverAcceptance(handover, ready)).toMatchObject({
      acceptable: false,
      ready: true,
      missingApprovals: ['service-owner', 'incident-process-owner'],
    });
  });

  it('accepts with no required roles on the verdict alone', () => {
    const none = { requiredSignOffs: [], signOffs: [] };
    expect(handoverAcceptance(none, ready).acceptable).toBe(true);
    expect(handoverAcceptance(none, notReady).acceptable).toBe(false);
  });
});
