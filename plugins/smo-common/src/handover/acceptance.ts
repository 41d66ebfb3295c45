import { ReadinessResult } from '../readiness/types';
import { Handover, SignOff, SignOffRole } from './types';

/**
 * The latest sign-off of each required role in the current round, `undefined` while none. Sign-offs are kept oldest
 * first, so the last one of a role counts. @public
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

/** Required roles whose latest sign-off is not an approval. @public */
export function missingApprovals(
  handover: Pick<Handover, 'requiredSignOffs' | 'signOffs'>,
): SignOffRole[] {
  return latestSignOffs(handover)
    .filter(({ signOff }) => signOff?.decision !== 'approve')
    .map(({ role }) => role);
}

/** Whether a handover may be accepted now, and what stops it. @public */
export interface HandoverAcceptance {
  acceptable: boolean;
  /** The readiness verdict is ready. */
  ready: boolean;
  /** Blocking checks of a verdict that is not ready; empty when ready. */
  blockers: string[];
  missingApprovals: SignOffRole[];
}

/**
 * The accept rule: a ready verdict now and an approving latest sign-off from every required role. The backend
 * enforces it on accept; the frontend explains it before the click. (Which state allows accepting is the
 * state machine's business, and who may accept is separation of duties'.) @public
 */
export function handoverAcceptance(
  handover: Pick<Handover, 'requiredSignOffs' | 'signOffs'>,
  readiness: Pick<ReadinessResult, 'verdict' | 'blockers'>,
): HandoverAcceptance {
  const ready = readiness.verdict === 'ready';
  const missing = missingApprovals(handover);
  return {
    acceptable: ready && missing.length === 0,
    ready,
    blockers: ready ? [] : readiness.blockers,
    missingApprovals: missing,
  };
}
