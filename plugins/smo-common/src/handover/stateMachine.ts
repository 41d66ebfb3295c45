import { HANDOVER_ACTIONS, HandoverAction, HandoverState } from './types';

/**
 * Who may ask for a transition: the requesting team (`smo.handover.submit`) or the SMO (`smo.handover.decide`).
 * @public
 */
export type HandoverAuthority = 'submit' | 'decide';

/** One transition of the handover state machine. @public */
export interface HandoverTransition {
  readonly from: readonly HandoverState[];
  readonly to: HandoverState;
  readonly authority: HandoverAuthority;
  /** Refused without a comment, e.g. why a handover is rejected or how early-life support was exited. */
  readonly needsComment?: boolean;
}

/**
 * The handover state machine of the SMO model (docs/handover.md). The backend enforces it; the frontend offers
 * only what it allows. @public
 */
export const HANDOVER_TRANSITIONS: Readonly<
  Record<HandoverAction, HandoverTransition>
> = {
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

/** States that end a handover: nothing leads out of them, and a new handover can be requested. @public */
export const CLOSED_HANDOVER_STATES: readonly HandoverState[] = [
  'withdrawn',
  'operational',
];

/** States of a handover still open: an entity has at most one open handover. @public */
export const OPEN_HANDOVER_STATES: readonly HandoverState[] = [
  'draft',
  'submitted',
  'in-review',
  'rejected',
  'accepted',
  'early-life-support',
];

/** States in which sign-offs are collected. @public */
export const SIGN_OFF_STATES: readonly HandoverState[] = [
  'submitted',
  'in-review',
];

/** The actions the state machine allows from `state`, in the order of `HANDOVER_ACTIONS`. @public */
export function allowedHandoverActions(state: HandoverState): HandoverAction[] {
  return HANDOVER_ACTIONS.filter(a =>
    HANDOVER_TRANSITIONS[a].from.includes(state),
  );
}
