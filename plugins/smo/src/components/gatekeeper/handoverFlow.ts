import {
  Handover,
  HandoverAction,
  HandoverState,
  SignOff,
  SignOffRole,
} from '@smo-backstage/plugin-smo-common';

/** Which permission an action needs: the requesting team's (`smo.handover.submit`) or the SMO's (`smo.handover.decide`). */
export type ActionAuthority = 'submit' | 'decide';

/** How the panel offers one transition. */
export interface ActionPresentation {
  action: HandoverAction;
  label: string;
  authority: ActionAuthority;
  /** Asked for in a dialog; unless `optional`, the backend refuses the action without one. */
  comment?: { title: string; label: string; optional?: boolean };
  /** Ends the handover without it becoming operational: shown as a secondary button. */
  destructive?: boolean;
}

// Mirrors the backend's state machine (docs/handover.md); the backend stays the judge, this only decides what to offer.
const ACTIONS: Record<
  HandoverAction,
  ActionPresentation & { from: HandoverState[] }
> = {
  submit: {
    action: 'submit',
    label: 'Submit',
    authority: 'submit',
    from: ['draft'],
  },
  'start-review': {
    action: 'start-review',
    label: 'Start review',
    authority: 'decide',
    from: ['submitted'],
  },
  accept: {
    action: 'accept',
    label: 'Accept',
    authority: 'decide',
    from: ['in-review'],
  },
  reject: {
    action: 'reject',
    label: 'Reject',
    authority: 'decide',
    from: ['submitted', 'in-review'],
    comment: { title: 'Reject the handover', label: 'Why is it rejected?' },
    destructive: true,
  },
  reopen: {
    action: 'reopen',
    label: 'Reopen',
    authority: 'submit',
    from: ['rejected'],
  },
  withdraw: {
    action: 'withdraw',
    label: 'Withdraw',
    authority: 'submit',
    from: ['draft', 'submitted', 'in-review', 'rejected'],
    comment: {
      title: 'Withdraw the handover',
      label: 'Reason (optional)',
      optional: true,
    },
    destructive: true,
  },
  'start-early-life-support': {
    action: 'start-early-life-support',
    label: 'Start early-life support',
    authority: 'decide',
    from: ['accepted'],
  },
  'complete-early-life-support': {
    action: 'complete-early-life-support',
    label: 'Complete early-life support',
    authority: 'decide',
    from: ['early-life-support'],
    comment: {
      title: 'Complete early-life support',
      label: 'Exit note: why early-life support can end',
    },
  },
};

/** The transitions the state machine allows from `state`, forward actions first. */
export function allowedActions(state: HandoverState): ActionPresentation[] {
  return Object.values(ACTIONS)
    .filter(a => a.from.includes(state))
    .map(({ from: _from, ...presentation }) => presentation)
    .sort((a, b) => Number(!!a.destructive) - Number(!!b.destructive));
}

/** The main path of a handover, as the stepper shows it. */
export const HANDOVER_STEPS: HandoverState[] = [
  'draft',
  'submitted',
  'in-review',
  'accepted',
  'early-life-support',
  'operational',
];

export const STATE_LABELS: Record<HandoverState, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  'in-review': 'In review',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  'early-life-support': 'Early-life support',
  operational: 'Operational',
};

/** States that end a handover; a new one can be requested after them. */
export const CLOSED_STATES: HandoverState[] = ['withdrawn', 'operational'];

/** Sign-offs are collected while a handover is submitted or in review. */
export const SIGN_OFF_STATES: HandoverState[] = ['submitted', 'in-review'];

/**
 * Where a state sits on the main path: its step and whether it left the path there. A rejection is shown at the
 * review step (the handover waits there for a reopen); a withdrawn handover has left the path altogether (-1).
 */
export function stepOf(state: HandoverState): {
  active: number;
  offPath?: 'rejected' | 'withdrawn';
} {
  if (state === 'rejected') {
    return { active: HANDOVER_STEPS.indexOf('in-review'), offPath: 'rejected' };
  }
  if (state === 'withdrawn') return { active: -1, offPath: 'withdrawn' };
  return { active: HANDOVER_STEPS.indexOf(state) };
}

export const ROLE_LABELS: Record<SignOffRole, string> = {
  'service-owner': 'Service owner',
  'smo-approver': 'SMO approver',
  'incident-process-owner': 'Incident process owner',
  'change-process-owner': 'Change process owner',
};

/**
 * The latest sign-off of each required role in the current round, `undefined` while none. The backend returns the
 * round's sign-offs oldest first and counts the last one per role; so does this.
 */
export function latestSignOffs(
  handover: Pick<Handover, 'requiredSignOffs' | 'signOffs'>,
): { role: SignOffRole; signOff?: SignOff }[] {
  const newestFirst = [...handover.signOffs].reverse();
  return handover.requiredSignOffs.map(role => ({
    role,
    signOff: newestFirst.find(s => s.role === role),
  }));
}

/** Required roles without an approving latest sign-off: what still stops acceptance besides the verdict. */
export function missingApprovals(
  handover: Pick<Handover, 'requiredSignOffs' | 'signOffs'>,
): SignOffRole[] {
  return latestSignOffs(handover)
    .filter(({ signOff }) => signOff?.decision !== 'approve')
    .map(({ role }) => role);
}
