import { LoggerService } from '@backstage/backend-plugin-api';
import {
  IncidentRecord,
  isServiceLevelAgreementEntity,
  MeasuredAgreement,
  MonthlyAttainment,
  monthlyAttainment,
  parseServiceHours,
  ServiceLevelAgreementEntity,
} from '@smo-backstage/plugin-smo-common';
import { SmoIncidentSource } from '@smo-backstage/plugin-smo-node';
import { DateTime } from 'luxon';
import { CatalogReader } from '../catalog/CatalogReader';
import { RelatedEntityIndex } from '../catalog/RelatedEntityIndex';
import { entityKey } from '../catalog/refs';
import {
  ServiceLevelCorrection,
  ServiceLevelStore,
  summarise,
} from '../store/ServiceLevelStore';
import { agreementsOfIncident, inForceAt, inForceDuring } from './attribution';
import { underpinningAgreements } from '../catalog/agreements';
import { readIncidents } from './readIncidents';

/** What one refresh did. */
export interface ServiceLevelRefresh {
  /** Agreement-months written (open months). */
  written: number;
  /** Months closed by this refresh. */
  frozen: number;
  /** New corrections of frozen months. */
  corrections: number;
  /** Incident records skipped as bad. */
  skipped: number;
}

export interface ServiceLevelServiceOptions {
  reader: CatalogReader;
  store: ServiceLevelStore;
  sources: SmoIncidentSource[];
  logger: LoggerService;
  /** How many calendar months, the running one included, are computed. */
  months: number;
  /** How long after its end a month is frozen: time for late responses and resolutions to arrive. */
  freezeAfter: { days: number };
}

const month = (at: DateTime) => at.toFormat('yyyy-MM');

/** Whether two computations of a month say the same (see `summarise`). */
const sameFigures = (a: MonthlyAttainment, b: MonthlyAttainment) =>
  JSON.stringify(summarise(a)) === JSON.stringify(summarise(b));

/**
 * Computes service-level figures from the incident sources: every agreement, every month of the window in which it was
 * in force, stored per month. A month past its end plus the grace period is frozen when a computation confirms the
 * one before it; a later difference to a frozen month is recorded as a correction on the running month. Idempotent:
 * a refresh over unchanged data changes nothing but the open months' time of computation.
 */
export class DefaultServiceLevelService {
  /**
   * What each agreement-month was last computed from, in this process: a month whose inputs have not changed since is
   * neither computed nor written again (a new month or a changed record recomputes only what it touches).
   */
  private readonly computedFrom = new Map<string, string>();

  constructor(private readonly options: ServiceLevelServiceOptions) {}

  async refresh(now: Date = new Date()): Promise<ServiceLevelRefresh> {
    const { reader, store, sources, logger } = this.options;
    const at = DateTime.fromJSDate(now, { zone: 'utc' });
    const first = at
      .startOf('month')
      .minus({ months: this.options.months - 1 });
    const { records, skipped } = await readIncidents(
      sources,
      { from: first.toJSDate(), to: now },
      logger,
    );
    // Only the components incidents were logged against: their offerings decide which agreements an incident counts for.
    const incidentComponents = [
      ...new Set(
        records
          .map(r => r.entityRef)
          .filter(ref => ref.startsWith('component:')),
      ),
    ];
    const [related, scored] = await Promise.all([
      reader.readRelated(),
      reader.readByRefs(incidentComponents),
    ]);
    const index = RelatedEntityIndex.fromEntities(related);
    const components = new Map(scored.map(e => [entityKey(e), e]));

    const counted = new Map<string, IncidentRecord[]>();
    for (const incident of records) {
      const component = components.get(incident.entityRef);
      for (const { key } of agreementsOfIncident(incident, index, component)) {
        counted.set(key, [...(counted.get(key) ?? []), incident]);
      }
    }

    const result: ServiceLevelRefresh = {
      written: 0,
      frozen: 0,
      corrections: 0,
      skipped,
    };
    const running = month(at);
    const computedAt = at.toISO()!;
    for (const entity of related.filter(isServiceLevelAgreementEntity)) {
      const key = entityKey(entity);
      const measured = this.measured(entity, key, index);
      if (!measured) continue;
      const incidents = counted.get(key) ?? [];
      const storedMonths = new Map(
        (await store.list(key, month(first), running)).map(m => [m.month, m]),
      );
      const corrections: ServiceLevelCorrection[] = [];
      let runningSaved = false;
      for (let m = first; m <= at; m = m.plus({ months: 1 })) {
        const name = month(m);
        const span = [m.startOf('month'), m.endOf('month')] as const;
        if (!inForceDuring(index, key, ...span)) continue;
        const stored = storedMonths.get(name);
        const closed = m.endOf('month').plus(this.options.freezeAfter) < at;
        const inputs =
          name === running
            ? undefined
            : monthInputs(entity, measured, incidents, ...span);
        const slot = `${key} ${name}`;
        if (stored && inputs && this.computedFrom.get(slot) === inputs) {
          // Nothing it depends on changed since it was computed, which confirms it: at most it is now closed.
          if (
            closed &&
            !stored.frozenAt &&
            (await store.freeze(key, name, computedAt))
          ) {
            result.frozen += 1;
          }
          continue;
        }
        const figures = monthlyAttainment(measured, incidents, name, now);
        if (inputs) this.computedFrom.set(slot, inputs);
        if (stored?.frozenAt) {
          if (!sameFigures(stored.figures, figures)) {
            corrections.push({
              month: name,
              foundAt: computedAt,
              frozen: summarise(stored.figures),
              now: summarise(figures),
            });
          }
          continue;
        }
        if (
          await store.save({
            agreementRef: key,
            month: name,
            figures,
            computedAt,
          })
        ) {
          result.written += 1;
        }
        runningSaved ||= name === running;
        // A closed month is frozen once a second computation confirms the first: figures computed while the
        // catalog was still being read (a backend just started) are never made final.
        if (
          closed &&
          stored &&
          sameFigures(stored.figures, figures) &&
          (await store.freeze(key, name, computedAt))
        ) {
          result.frozen += 1;
        }
      }
      // Corrections are reported with the running month; an agreement no longer in force gets its row for them.
      if (corrections.length > 0 && !runningSaved) {
        await store.save({
          agreementRef: key,
          month: running,
          figures: monthlyAttainment(measured, incidents, running, now),
          computedAt,
        });
      }
      for (const correction of corrections) {
        if (await store.addCorrection(key, running, correction)) {
          result.corrections += 1;
        }
      }
    }
    logger.info(
      `SMO service levels: ${result.written} agreement-months written, ${result.frozen} frozen, ${result.corrections} corrections, ${skipped} bad incident records skipped`,
    );
    return result;
  }

  /** The agreement as the figures measure it, or undefined (logged) when its service hours cannot be read. */
  private measured(
    entity: ServiceLevelAgreementEntity,
    key: string,
    index: RelatedEntityIndex,
  ): MeasuredAgreement | undefined {
    const hours = parseServiceHours(entity.spec.serviceHours);
    if ('error' in hours) {
      this.options.logger.warn(`SMO service levels: ${key}: ${hours.error}`);
      return undefined;
    }
    const underpinnedBy = underpinningAgreements(entity, index).flatMap(
      under => {
        const own = parseServiceHours(under.entity.spec.serviceHours);
        if ('error' in own) return [];
        return [
          {
            ref: under.key,
            targets: under.entity.spec.targets,
            serviceHours: own.hours,
            inForceAt: (openedAt: string) =>
              inForceAt(
                index,
                under.key,
                DateTime.fromISO(openedAt, { zone: 'utc' }),
              ),
          },
        ];
      },
    );
    return {
      targets: entity.spec.targets,
      serviceHours: hours.hours,
      availability: entity.spec.availability,
      underpinnedBy,
    };
  }
}

/**
 * What a closed month's figures depend on, as a string; undefined when they also depend on the time (an incident of
 * the month still unanswered or open measures up to now). The agreement and the agreements under it as the catalog
 * has them, and the incidents opened in the month or in outage during it.
 */
function monthInputs(
  agreement: ServiceLevelAgreementEntity,
  measured: MeasuredAgreement,
  incidents: IncidentRecord[],
  start: DateTime,
  end: DateTime,
): string | undefined {
  const from = start.toISO()!;
  const to = end.toISO()!;
  const relevant = incidents.filter(
    i =>
      (i.openedAt >= from && i.openedAt <= to) ||
      (i.outage && i.openedAt <= to && (!i.resolvedAt || i.resolvedAt >= from)),
  );
  if (relevant.some(i => !i.resolvedAt || !i.respondedAt)) return undefined;
  return JSON.stringify([
    agreement.spec,
    (measured.underpinnedBy ?? []).map(u => [
      u.ref,
      u.targets,
      u.serviceHours,
      relevant.map(i => u.inForceAt?.(i.openedAt) ?? true),
    ]),
    relevant,
  ]);
}
