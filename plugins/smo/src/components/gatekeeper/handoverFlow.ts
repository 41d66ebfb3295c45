import {
  allowedHandoverActions,
  HANDOVER_TRANSITIONS,
  HandoverAction,
  HandoverAuthority,
  HandoverState,
  SignOffRole,
} from '@smo-backstage/plugin-smo-common';

/** The main path of a handover, as the stepper shows it. */
export const HANDOVER_STEPS: HandoverState[] = [
  'draft',
  'submitted',
  'in-review',
  'accepted',
  'early-life-support',
  'operational',
];

/** How the panel offers one transition of the common state machine (`HANDOVER_TRANSITIONS`). */
export interface ActionPresentation {
  action: HandoverAction;
  label: string;
  authority: HandoverAuthority;
  /** Asked for in a dialog; `optional` unless the state machine needs a comment. */
  comment?: { title: string; label: string; optional?: boolean };
  /** Ends the handover off the main path (rejected, withdrawn): shown as a secondary button. */
  destructive?: boolean;
}

/** Labels and comment dialogs; which transitions exist, who may take them and whether a comment is needed is common. */
const PRESENTATION: Record<
  HandoverAction,
  { label: string; comment?: { title: string; label: string } }
> = {
  submit: { label: 'Submit' },
  'start-review': { label: 'Start review' },
  accept: { label: 'Accept' },
  reject: {
    label: 'Reject',
    comment: { title: 'Reject the handover', label: 'Why is it rejected?' },
  },
  reopen: { label: 'Reopen' },
  withdraw: {
    label: 'Withdraw',
    comment: { title: 'Withdraw the handover', label: 'Reason (optional)' },
  },
  'start-early-life-support': { label: 'Start early-life support' },
  'complete-early-life-support': {
    label: 'Complete early-life support',
    comment: {
      title: 'Complete early-life support',
      label: 'Exit note: why early-life support can end',
    },
  },
};

/** How `action` is offered. */
export function presentAction(action: HandoverAction): ActionPresentation {
  const { to, authority, needsComment } = HANDOVER_TRANSITIONS[action];
  const { label, comment } = PRESENTATION[action];
  return {
    action,
    label,
    authority,
    ...(comment && {
      comment: { ...comment, ...(!needsComment && { optional: true }) },
    }),
    ...(!HANDOVER_STEPS.includes(to) && { destructive: true }),
  };
}

/** The transitions the state machine allows from `state`, forward actions first. */
export function allowedActions(state: HandoverState): ActionPresentation[] {
  return allowedHandoverActions(state)
    .map(presentAction)
    .sort((a, b) => Number(!!a.destructive) - Number(!!b.destructive));
}

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
