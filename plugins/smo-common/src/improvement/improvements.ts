import type {
  ImprovementGoal,
  ImprovementStatus,
} from '../schema/openapi/generated/models';

export type {
  Improvement,
  ImprovementGoal,
  ImprovementStatus,
  ImprovementSuggestion,
  ImprovementInput,
} from '../schema/openapi/generated/models';

/** A move of an improvement other than closing it (closing checks the goal against the data). @public */
export type ImprovementAction = 'approve' | 'start' | 'abandon';

/**
 * proposed → approved → in progress → done (closing, only when the goal is met); abandoned from any open state.
 * Approve and abandon are the continual-improvement process owner's (or the SMO's); start and close the owner's.
 *
 * @public
 */
export const IMPROVEMENT_TRANSITIONS: Record<
  ImprovementAction | 'close',
  { from: readonly ImprovementStatus[]; to: ImprovementStatus }
> = {
  approve: { from: ['proposed'], to: 'approved' },
  start: { from: ['approved'], to: 'in-progress' },
  close: { from: ['in-progress'], to: 'done' },
  abandon: { from: ['proposed', 'approved', 'in-progress'], to: 'abandoned' },
};

/** The statuses in which an improvement is still open. @public */
export const OPEN_IMPROVEMENT_STATUSES: readonly ImprovementStatus[] = [
  'proposed',
  'approved',
  'in-progress',
];

/** The actions possible from a status (closing included). @public */
export function improvementActions(
  status: ImprovementStatus,
): (ImprovementAction | 'close')[] {
  return (
    Object.keys(IMPROVEMENT_TRANSITIONS) as (ImprovementAction | 'close')[]
  ).filter(action => IMPROVEMENT_TRANSITIONS[action].from.includes(status));
}

/**
 * Why a goal is not well formed, or undefined: a check goal names its check; a service-level goal names its
 * agreement, its metric and a target in percent.
 *
 * @public
 */
export function goalProblem(goal: ImprovementGoal): string | undefined {
  if (goal.type === 'check') {
    return goal.checkId
      ? undefined
      : 'goal.checkId: a check goal names a check';
  }
  if (!goal.agreementRef) {
    return 'goal.agreementRef: a service-level goal names its agreement';
  }
  if (!goal.metric) {
    return 'goal.metric: availability or attainment';
  }
  if (goal.target === undefined) {
    return 'goal.target: the figure to reach, in percent';
  }
  return undefined;
}

/** The goal in words: "docs.techdocs passes" or "availability ≥ 99.9% on sla:default/x in a closed month". @public */
export function goalText(goal: ImprovementGoal): string {
  if (goal.type === 'check') return `${goal.checkId} passes`;
  const metric =
    goal.metric === 'attainment'
      ? 'lowest incident-target attainment'
      : 'availability';
  return `${metric} ≥ ${goal.target}% on ${goal.agreementRef} in the last closed month`;
}

/**
 * Why `actor` may not approve `improvement`, or undefined when they may: whoever raised an improvement does not
 * approve it too (separation of duties; abandoning is not refused).
 *
 * @public
 */
export function improvementApprovalRefusal(
  improvement: { createdBy: string },
  actor: string,
): string | undefined {
  return improvement.createdBy.toLocaleLowerCase('en-US') ===
    actor.toLocaleLowerCase('en-US')
    ? `${actor} raised this improvement and may not approve it too (separation of duties)`
    : undefined;
}
