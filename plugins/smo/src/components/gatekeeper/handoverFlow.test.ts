import { HandoverState, SignOff } from '@smo-backstage/plugin-smo-common';
import {
  allowedActions,
  latestSignOffs,
  missingApprovals,
  stepOf,
} from './handoverFlow';

const actions = (state: HandoverState) =>
  allowedActions(state).map(a => a.action);

describe('allowedActions', () => {
  it.each<[HandoverState, string[]]>([
    ['draft', ['submit', 'withdraw']],
    ['submitted', ['start-review', 'reject', 'withdraw']],
    ['in-review', ['accept', 'reject', 'withdraw']],
    ['rejected', ['reopen', 'withdraw']],
    ['accepted', ['start-early-life-support']],
    ['early-life-support', ['complete-early-life-support']],
    ['withdrawn', []],
    ['operational', []],
  ])('from %s offers %j, forward actions first', (state, expected) => {
    expect(actions(state)).toEqual(expected);
  });

  it('asks for a comment where the backend requires one, and names who may act', () => {
    const byAction = Object.fromEntries(
      (['submitted', 'in-review', 'early-life-support'] as const)
        .flatMap(allowedActions)
        .map(a => [a.action, a]),
    );
    expect(byAction.reject.comment).toBeDefined();
    expect(byAction['complete-early-life-support'].comment?.label).toMatch(
      /Exit note/,
    );
    expect(byAction.accept.comment).toBeUndefined();
    expect(byAction.accept.authority).toBe('decide');
    expect(byAction.withdraw.authority).toBe('submit');
  });
});

describe('stepOf', () => {
  it('places main-path states on their step and side states beside it', () => {
    expect(stepOf('draft')).toEqual({ active: 0 });
    expect(stepOf('early-life-support')).toEqual({ active: 4 });
    expect(stepOf('operational')).toEqual({ active: 5 });
    expect(stepOf('rejected')).toEqual({ active: 2, offPath: 'rejected' });
    expect(stepOf('withdrawn')).toEqual({ active: -1, offPath: 'withdrawn' });
  });
});

describe('latest sign-off per role', () => {
  const signOff = (
    id: string,
    role: SignOff['role'],
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
    ] as SignOff['role'][],
    // Oldest first, as the backend returns them; equal timestamps keep that order.
    signOffs: [
      signOff('1', 'smo-approver', 'reject'),
      signOff('2', 'service-owner', 'approve'),
      signOff('3', 'smo-approver', 'approve'),
      signOff('4', 'service-owner', 'reject'),
    ],
  };

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
