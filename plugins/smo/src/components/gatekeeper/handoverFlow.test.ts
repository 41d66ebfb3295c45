import {
  allowedHandoverActions,
  HANDOVER_ACTIONS,
  HANDOVER_STATES,
  HANDOVER_TRANSITIONS,
  HandoverState,
} from '@smo-backstage/plugin-smo-common';
import { allowedActions, presentAction, stepOf } from './handoverFlow';

const actions = (state: HandoverState) =>
  allowedActions(state).map(a => a.action);

describe('allowedActions', () => {
  // Which actions each state allows is the common state machine's (tested in smo-common); the order is the panel's.
  it.each(HANDOVER_STATES)(
    'from %s offers what the state machine allows, forward actions first',
    state => {
      const offered = allowedActions(state);
      expect(actions(state)).toEqual(
        expect.arrayContaining(allowedHandoverActions(state)),
      );
      expect(offered).toHaveLength(allowedHandoverActions(state).length);
      const destructive = offered.map(a => Number(!!a.destructive));
      expect(destructive).toEqual([...destructive].sort());
    },
  );

  it('offers accepting before rejecting and withdrawing', () => {
    expect(actions('in-review')).toEqual(['accept', 'reject', 'withdraw']);
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
