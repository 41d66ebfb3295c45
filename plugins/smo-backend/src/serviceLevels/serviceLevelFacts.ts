import {
  describeMonth,
  lastClosedMonth,
  monthFindings,
  monthStatus,
} from '@smo-backstage/plugin-smo-common';
import { SmoFactProvider } from '@smo-backstage/plugin-smo-node';
import { DateTime } from 'luxon';
import {
  SERVICE_LEVEL_FACT,
  ServiceLevelFact,
} from '../engine/checks/serviceLevel';
import { ServiceLevelStore } from '../store/ServiceLevelStore';

/**
 * The fact `sla.attainment` reads: the last closed calendar month's result of every agreement, read once per sweep
 * and given to every entity (each check looks up the SLAs of its own offerings). A store that cannot be read gives
 * the reason, so the check says unknown rather than not applicable.
 */
export function serviceLevelFacts(
  store: ServiceLevelStore,
  clock: () => DateTime = () => DateTime.utc(),
): SmoFactProvider {
  return {
    id: SERVICE_LEVEL_FACT,
    async retrieve(entities) {
      const month = lastClosedMonth(clock());
      let fact: ServiceLevelFact;
      try {
        const stored = await store.month(month);
        fact = {
          month,
          agreements: Object.fromEntries(
            stored.map(m => {
              const status = monthStatus(m.figures);
              // A breach is told by what was missed; a met month by all it says.
              const summary =
                status === 'breached'
                  ? monthFindings(m.figures).misses
                  : describeMonth(m.figures);
              return [m.agreementRef, { status, summary }];
            }),
          ),
        };
      } catch (error) {
        fact = { error: (error as Error).message };
      }
      return new Map(
        entities.map(e => [
          `${e.kind}:${e.metadata.namespace ?? 'default'}/${e.metadata.name}`,
          fact,
        ]),
      );
    },
    // The fact is the last closed month's stored figures: they are its version (a store that cannot be read gives
    // none, so the sweep evaluates and the checks say why).
    async version() {
      const month = lastClosedMonth(clock());
      return `${month} ${JSON.stringify(await store.month(month))}`;
    },
  };
}
