import {
  allowedHandoverActions,
  CLOSED_HANDOVER_STATES,
  HANDOVER_TRANSITIONS,
  OPEN_HANDOVER_STATES,
  SIGN_OFF_STATES,
} from './stateMachine';
import { HANDOVER_ACTIONS, HANDOVER_STATES, HandoverState } from './types';

describe('handover state machine', () => {
  it.each<[HandoverState, string[]]>([
    ['draft', ['submit', 'withdraw']],
    ['submitted', ['start-review', 'reject', 'withdraw']],
    ['in-review', ['accept', 'reject', 'withdraw']],
    ['rejected', ['reopen', 'withdraw']],
    ['accepted', ['start-early-life-support']],
    ['early-life-support', ['complete-early-life-support']],
    ['withdrawn', []],
    ['operational', []],
  ])('from %s allows %j', (state, expected) => {
    expect(allowedHandoverActions(state)).toEqual(expected);
  });

  it('leads each action to its state, decided by the SMO unless the requesting team moves its own handover', () => {
    expect(
      Object.fromEntries(
        HANDOVER_ACTIONS.map(a => [
          a,
          `${HANDOVER_TRANSITIONS[a].to} (${HANDOVER_TRANSITIONS[a].authority})`,
        ]),
      ),
    ).toEqual({
      submit: 'submitted (submit)',
      'start-review': 'in-review (decide)',
      accept: 'accepted (decide)',
      reject: 'rejected (decide)',
      reopen: 'draft (submit)',
      withdraw: 'withdrawn (submit)',
      'start-early-life-support': 'early-life-support (decide)',
      'complete-early-life-support': 'operational (decide)',
    });
  });

  it('needs a comment to reject and to complete early-life support only', () => {
    expect(
      HANDOVER_ACTIONS.filter(a => HANDOVER_TRANSITIONS[a].needsComment),
    ).toEqual(['reject', 'complete-early-life-support']);
  });

  it('closes a handover exactly in the states nothing leads out of; every other state is open', () => {
    const dead = HANDOVER_STATES.filter(
      s => allowedHandoverActions(s).length === 0,
    );
    expect([...CLOSED_HANDOVER_STATES].sort()).toEqual([...dead].sort());
    expect([...OPEN_HANDOVER_STATES, ...CLOSED_HANDOVER_STATES].sort()).toEqual(
      [...HANDOVER_STATES].sort(),
    );
  });

  it('collects sign-offs in the states before acceptance that can lead to it', () => {
    expect(SIGN_OFF_STATES).toEqual(['submitted', 'in-review']);
  });
});
