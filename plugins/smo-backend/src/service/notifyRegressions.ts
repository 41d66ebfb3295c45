import { governanceLink, Notifier } from '../gatekeeper/Notifier';
import { Regression } from './DefaultReadinessService';

/** Tells owning groups that a component of theirs is no longer ready, and why. */
export async function notifyRegressions(
  notifier: Notifier,
  regressions: Regression[],
): Promise<void> {
  for (const { result, ownerRef } of regressions) {
    if (!ownerRef) continue;
    await notifier.send([ownerRef], {
      title: `${result.entityRef} is no longer ready for operations`,
      description: `Blocked by ${result.blockers.join(', ')} (score ${
        result.score
      }).`,
      link: governanceLink(result.entityRef),
      severity: 'high',
    });
  }
}
