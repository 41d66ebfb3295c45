import {
  HANDOVER_ACTIONS,
  HANDOVER_TRANSITIONS,
  HandoverState,
} from '@smo-backstage/plugin-smo-common';
import { allowedActions, presentAction, stepOf } from './handoverFlow';

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

  it('asks for every comment the state machine needs, and marks only the others optional', () => {
    const comments = Object.fromEntries(
      HANDOVER_ACTIONS.flatMap(a => {
        const { comment } = presentAction(a);
        return comment ? [[a, comment.optional ? 'optional' : 'required']] : [];
      }),
    );
    expect(comments).toEqual({
      reject: 'required',
      withdraw: 'optional',
      'complete-early-life-support': 'required',
    });
    expect(
      HANDOVER_ACTIONS.filter(a => HANDOVER_TRANSITIONS[a].needsComment),
    ).toEqual(Object.keys(comments).filter(a => comments[a] === 'required'));
  });

  it('shows leaving the main path as a secondary action', () => {
    expect(HANDOVER_ACTIONS.filter(a => presentAction(a).destructive)).toEqual([
      'reject',
      'withdraw',
    ]);
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
