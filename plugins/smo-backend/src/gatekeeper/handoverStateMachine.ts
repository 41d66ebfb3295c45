import {
  HandoverAction,
  HandoverState,
} from '@smo-backstage/plugin-smo-common';

/** Who may ask for a transition: the requesting team (submit permission) or the SMO (decide permission). */
export type TransitionAuthority = 'submit' | 'decide';

export interface Transition {
  from: HandoverState[];
  to: HandoverState;
  authority: TransitionAuthority;
  /** A comment is required, e.g. why a handover is rejected or how early-life support was exited. */
  needsComment?: boolean;
}

/** The handover state machine of the SMO model. */
export const TRANSITIONS: Record<HandoverAction, Transition> = {
  submit: { from: ['draft'], to: 'submitted', authority: 'submit' },
  'start-review': { from: ['submitted'], to: 'in-review', authority: 'decide' },
  accept: { from: ['in-review'], to: 'accepted', authority: 'decide' },
  reject: {
    from: ['submitted', 'in-review'],
    to: 'rejected',
    authority: 'decide',
    needsComment: true,
  },
  reopen: { from: ['rejected'], to: 'draft', authority: 'submit' },
  withdraw: {
    from: ['draft', 'submitted', 'in-review', 'rejected'],
    to: 'withdrawn',
    authority: 'submit',
  },
  'start-early-life-support': {
    from: ['accepted'],
    to: 'early-life-support',
    authority: 'decide',
  },
  'complete-early-life-support': {
    from: ['early-life-support'],
    to: 'operational',
    authority: 'decide',
    needsComment: true,
  },
};

/** States in which a handover is still open: at most one open handover per entity. */
export const OPEN_STATES: HandoverState[] = [
  'draft',
  'submitted',
  'in-review',
  'rejected',
  'accepted',
  'early-life-support',
];

/** States in which sign-offs are collected. */
export const SIGN_OFF_STATES: HandoverState[] = ['submitted', 'in-review'];
