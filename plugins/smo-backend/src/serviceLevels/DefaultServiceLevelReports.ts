import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  describeMonth,
  isServiceLevelAgreementEntity,
  isServiceOfferingEntity,
  lastClosedMonth,
  MONTH_STATUSES,
  monthStatus,
  MonthStatus,
  ServiceLevelAgreementEntity,
  SmoApiModels,
  SMO_RELATIONS,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { CatalogReader } from '../catalog/CatalogReader';
import {
  confirmedOfferings,
  governingAgreementKeys,
} from '../catalog/agreements';
import { entityKey, relationTargets } from '../catalog/refs';
import {
  ServiceLevelMonth,
  ServiceLevelStore,
} from '../store/ServiceLevelStore';
import { EntityRefParts } from '../service/interfaces';

type Report = SmoApiModels.ServiceLevelReport;
type OfferingRow = SmoApiModels.ServiceLevelOfferingRow;

/** The longest range one report covers, in months: two years side by side. */
export const MAX_REPORT_MONTHS = 24;

/** A page of the month's service levels across offerings. */
export interface ServiceLevelPortfolio {
  month: string;
  measured: boolean;
  totalCount: number;
  items: OfferingRow[];
}

const monthOf = (at: DateTime) => at.toFormat('yyyy-MM');
const parseMonth = (month: string) =>
  DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' });

/** `from`–`to` of a report: the running month and the 11 before it by default, at most {@link MAX_REPORT_MONTHS}. */
export function reportRange(
  range: { from?: string; to?: string },
  now: DateTime,
): { from: string; to: string } {
  const to = range.to ?? monthOf(now);
  const from = range.from ?? monthOf(parseMonth(to).minus({ months: 11 }));
  if (from > to) {
    throw new InputError(`from (${from}) is after to (${to})`);
  }
  const months = parseMonth(to).diff(parseMonth(from), 'months').months + 1;
  if (months > MAX_REPORT_MONTHS) {
    throw new InputError(
      `${from} to ${to} spans ${months} months; a report covers at most ${MAX_REPORT_MONTHS}`,
    );
  }
  return { from, to };
}

/** A stored month as the API shows it: with its status and its sentences in business terms. */
function shownMonth(stored: ServiceLevelMonth): SmoApiModels.ServiceLevelMonth {
  const { month, figures, corrections, computedAt, frozenAt } = stored;
  return {
    month,
    status: monthStatus(figures),
    summary: describeMonth(figures),
    figures,
    corrections,
    computedAt,
    ...(frozenAt && { frozenAt }),
  };
}

const RANK = new Map(MONTH_STATUSES.map((s, i) => [s, i]));
const worst = (statuses: MonthStatus[]): MonthStatus =>
  statuses.reduce(
    (a, b) => (RANK.get(b)! < RANK.get(a)! ? b : a),
    'no-incidents' as MonthStatus,
  );
/** How far the worst availability of a row is above its promise (below: negative); none: +∞. */
const margin = (row: OfferingRow) =>
  Math.min(
    ...row.agreements.map(({ availability: a }) =>
      typeof a?.percent === 'number' ? a.percent - a.promised : Infinity,
    ),
  );
const breachCount = (row: OfferingRow) =>
  row.agreements.reduce((sum, a) => sum + a.breaches, 0);

/** Worst first: status, then most incidents past a target, then availability furthest below its promise. */
export function worstFirst(a: OfferingRow, b: OfferingRow): number {
  return (
    RANK.get(a.status)! - RANK.get(b.status)! ||
    breachCount(b) - breachCount(a) ||
    margin(a) - margin(b) ||
    a.offeringRef.localeCompare(b.offeringRef)
  );
}

/**
 * Reads of the stored service-level figures: one entity's months, and one month across offerings. The catalog is read
 * as the caller (`readAs`), so an offering, an agreement or an incident's entity they cannot see is left out, and
 * counts cover only what they see. Checks no permission of its own: `AuthorizedServiceLevelReports` checks the entity
 * named in the path.
 */
export class DefaultServiceLevelReports {
  constructor(
    private readonly options: {
      reader: CatalogReader;
      store: ServiceLevelStore;
      /** Whether any incident source is configured. */
      measured: boolean;
      clock?: () => DateTime;
    },
  ) {}

  private now() {
    return this.options.clock?.() ?? DateTime.utc();
  }

  async report(
    ref: EntityRefParts,
    range: { from?: string; to?: string },
    readAs: BackstageCredentials,
  ): Promise<Report> {
    const { from, to } = reportRange(range, this.now());
    const entityRef = `${ref.kind}:${ref.namespace}/${ref.name}`.toLowerCase();
    const keys = await this.agreementKeysOf(entityRef, readAs);
    const agreements = (
      await this.options.reader.readByRefs(keys, readAs)
    ).filter(isServiceLevelAgreementEntity);
    const reports = await Promise.all(
      agreements.map(async agreement => ({
        agreementRef: entityKey(agreement),
        ...(agreement.metadata.title && { title: agreement.metadata.title }),
        type: agreement.spec.type,
        ...(agreement.spec.availability !== undefined && {
          availability: agreement.spec.availability,
        }),
        serviceHours: agreement.spec.serviceHours ?? '24x7',
        months: (
          await this.options.store.list(entityKey(agreement), from, to)
        ).map(shownMonth),
      })),
    );
    await this.hideUnseen(reports, readAs);
    return {
      entityRef,
      from,
      to,
      measured: this.options.measured,
      agreements: reports,
    };
  }

  /** The offerings the caller can see that have figures for `month` (the last closed month by default), worst first. */
  async portfolio(
    query: { month?: string; limit: number; offset: number },
    readAs: BackstageCredentials,
  ): Promise<ServiceLevelPortfolio> {
    const month = query.month ?? lastClosedMonth(this.now());
    const stored = new Map(
      (await this.options.store.month(month)).map(m => [m.agreementRef, m]),
    );
    const offerings = (await this.options.reader.readOfferings(readAs))
      .filter(isServiceOfferingEntity)
      .map(offering => ({
        offering,
        keys: governingAgreementKeys(offering).filter(k => stored.has(k)),
      }))
      .filter(o => o.keys.length > 0);
    const agreements = new Map(
      (
        await this.options.reader.readByRefs(
          [...new Set(offerings.flatMap(o => o.keys))],
          readAs,
        )
      )
        .filter(isServiceLevelAgreementEntity)
        .map(a => [entityKey(a), a]),
    );
    const rows = offerings
      .map(({ offering, keys }): OfferingRow => {
        const shown = keys.flatMap(key => {
          const agreement = agreements.get(key);
          return agreement
            ? [portfolioAgreement(agreement, stored.get(key)!)]
            : [];
        });
        return {
          offeringRef: entityKey(offering),
          ...(offering.metadata.title && { title: offering.metadata.title }),
          status: worst(shown.map(a => a.status)),
          agreements: shown,
        };
      })
      .filter(row => row.agreements.length > 0)
      .sort(worstFirst);
    return {
      month,
      measured: this.options.measured,
      totalCount: rows.length,
      items: rows.slice(query.offset, query.offset + query.limit),
    };
  }

  /** The agreements a report on `entityRef` covers: the agreement itself, an offering's, or a component's offerings'. */
  private async agreementKeysOf(
    entityRef: string,
    readAs: BackstageCredentials,
  ): Promise<string[]> {
    const kind = entityRef.slice(0, entityRef.indexOf(':'));
    if (kind === 'servicelevelagreement') return [entityRef];
    if (kind !== 'serviceoffering' && kind !== 'component') {
      throw new InputError(
        `Service levels are reported for ServiceLevelAgreement, ServiceOffering and Component entities, not ${kind}`,
      );
    }
    const [entity] = await this.options.reader.readByRefs([entityRef], readAs);
    if (!entity)
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    if (isServiceOfferingEntity(entity)) return governingAgreementKeys(entity);
    const delivered = await this.options.reader.readByRefs(
      relationTargets(entity, SMO_RELATIONS.delivers),
      readAs,
    );
    const offerings = new Map(
      delivered.filter(isServiceOfferingEntity).map(o => [entityKey(o), o]),
    );
    return [
      ...new Set(
        confirmedOfferings(entity, key => offerings.get(key)).flatMap(o =>
          governingAgreementKeys(o.entity),
        ),
      ),
    ];
  }

  /**
   * Fails closed on what the figures name: a breach's incident keeps its id and times, but not which entity it was
   * logged against nor its summary when the caller cannot see that entity; an underpinning agreement they cannot see
   * is left out.
   */
  private async hideUnseen(
    reports: Report['agreements'],
    readAs: BackstageCredentials,
  ) {
    const breaches = reports.flatMap(r =>
      r.months.flatMap(m => m.figures.targets.flatMap(t => t.breaches)),
    );
    const named = [
      ...new Set(
        breaches.flatMap(b => [
          ...(b.entityRef ? [b.entityRef] : []),
          ...b.underpinning.map(u => u.agreementRef),
        ]),
      ),
    ];
    if (named.length === 0) return;
    const seen = new Set(
      (await this.options.reader.readByRefs(named, readAs)).map(entityKey),
    );
    for (const breach of breaches) {
      if (breach.entityRef && !seen.has(breach.entityRef)) {
        delete breach.entityRef;
        delete breach.summary;
      }
      breach.underpinning = breach.underpinning.filter(u =>
        seen.has(u.agreementRef),
      );
    }
  }
}

function portfolioAgreement(
  agreement: ServiceLevelAgreementEntity,
  stored: ServiceLevelMonth,
): OfferingRow['agreements'][number] {
  const { figures } = stored;
  return {
    agreementRef: entityKey(agreement),
    ...(agreement.metadata.title && { title: agreement.metadata.title }),
    type: agreement.spec.type,
    status: monthStatus(figures),
    summary: describeMonth(figures),
    breaches: figures.targets.reduce((sum, t) => sum + t.breached, 0),
    ...(figures.availability && { availability: figures.availability }),
    frozen: !!stored.frozenAt,
  };
}
