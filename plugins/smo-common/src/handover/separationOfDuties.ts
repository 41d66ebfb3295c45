import { Waiver } from '../readiness/evidence';
import { Handover, HandoverAction, SignOffRole } from './types';

/**
 * Separation-of-duties rules of the gatekeeper (`smo.separationOfDuties`). Every rule is on unless configured off,
 * so that no one person can wave a service through. The backend enforces them; the frontend uses the same functions
 * to say why it does not offer an action. @public
 */
export interface SeparationOfDuties {
  /** The requester of a waiver may approve or reject it. Default false. */
  waiverRequesterMayDecide: boolean;
  /** One person gives at most one sign-off per handover round (changing their own decision stays possible). Default true. */
  oneSignOffPerPerson: boolean;
  /** The requester of a handover may give its SMO approval and accept it. Default false. */
  handoverRequesterMayApprove: boolean;
}

/** The safe defaults: every rule in force. @public */
export const SEPARATION_OF_DUTIES_DEFAULTS: SeparationOfDuties = {
  waiverRequesterMayDecide: false,
  oneSignOffPerPerson: true,
  handoverRequesterMayApprove: false,
};

/** Reads `smo.separationOfDuties` from backend or frontend config; missing keys keep the safe defaults. @public */
export function readSeparationOfDuties(config: {
  getOptionalBoolean(key: string): boolean | undefined;
}): SeparationOfDuties {
  const read = (key: keyof SeparationOfDuties) =>
    config.getOptionalBoolean(`smo.separationOfDuties.${key}`) ??
    SEPARATION_OF_DUTIES_DEFAULTS[key];
  return {
    waiverRequesterMayDecide: read('waiverRequesterMayDecide'),
    oneSignOffPerPerson: read('oneSignOffPerPerson'),
    handoverRequesterMayApprove: read('handoverRequesterMayApprove'),
  };
}

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/** Why `actor` may not approve or reject `waiver`, or undefined when they may. @public */
export function waiverDecisionRefusal(
  rules: SeparationOfDuties,
  waiver: Pick<Waiver, 'requestedBy'>,
  actor: string,
): string | undefined {
  if (!rules.waiverRequesterMayDecide && same(waiver.requestedBy, actor)) {
    return 'Separation of duties: the requester of a waiver cannot decide it; someone else from the SMO must.';
  }
  return undefined;
}

/** Whether the rules bar `actor`, as the handover's requester, from approving it. */
function requesterBarred(
  rules: SeparationOfDuties,
  handover: Pick<Handover, 'requestedBy'>,
  actor: string,
): boolean {
  return (
    !rules.handoverRequesterMayApprove && same(handover.requestedBy, actor)
  );
}

/** Why `actor` may not sign off `handover` in `role`, or undefined when the rules allow it. @public */
export function signOffRefusal(
  rules: SeparationOfDuties,
  handover: Pick<Handover, 'requestedBy' | 'signOffs'>,
  role: SignOffRole,
  actor: string,
): string | undefined {
  if (role === 'smo-approver' && requesterBarred(rules, handover, actor)) {
    return 'Separation of duties: the requester of a handover cannot give its SMO approval.';
  }
  const other = handover.signOffs.find(
    s => same(s.actor, actor) && s.role !== role,
  );
  if (rules.oneSignOffPerPerson && other) {
    return `Separation of duties: one person gives at most one sign-off per review round, and this person already signed off as ${other.role}.`;
  }
  return undefined;
}

/** Why `actor` may not take `action` on `handover`, or undefined when the rules allow it. @public */
export function transitionRefusal(
  rules: SeparationOfDuties,
  handover: Pick<Handover, 'requestedBy'>,
  action: HandoverAction,
  actor: string,
): string | undefined {
  if (action === 'accept' && requesterBarred(rules, handover, actor)) {
    return 'Separation of duties: the requester of a handover cannot accept it.';
  }
  return undefined;
}
