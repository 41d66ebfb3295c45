import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  ExecutiveRow,
  lastClosedMonth,
  movement,
  ReadinessResult,
  ROLLUP_KINDS,
  RollupKind,
  RollupResult,
  SmoApiModels,
  StandardChange,
  TrendSeries,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { refKey } from '../catalog/refs';
import { EntityRefParts } from '../service/interfaces';
import { ServiceLevelPortfolio } from '../serviceLevels/DefaultServiceLevelReports';
import { ReadinessStore } from '../store/ReadinessStore';
import { RollupQuery, RollupStore } from '../store/RollupStore';
import { ResultRow } from '../store/rows';
import { StandardStore } from '../store/StandardStore';
import { asOfInstant } from './asOf';
import {
  daysBetween,
  seriesPerEntity,
  seriesPerTier,
  TrendRecord,
} from './trend';

/** What the trend is grouped by, and the roll-up kind behind each entity grouping. */
export type TrendBy = 'offering' | 'team' | 'tier';
const KIND_OF: Record<Exclude<TrendBy, 'tier'>, RollupKind> = {
  offering: 'serviceoffering',
  team: 'group',
};
const MAX_TREND_DAYS = 366;
const DEFAULT_TREND_DAYS = 90;
const EXECUTIVE_NOT_READY = 5;

export interface TrendQuery {
  by: TrendBy;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface Trend {
  by: TrendBy;
  from: string;
  to: string;
  totalCount: number;
  series: TrendSeries[];
  standardChanges: StandardChange[];
}

/** The month's service levels across the offerings a caller can see (DefaultServiceLevelReports.portfolio). */
export type ServiceLevelsOfMonth = (
  query: { month: string; limit: number; offset: number },
  readAs: BackstageCredentials,
) => Promise<ServiceLevelPortfolio>;

/**
 * Reads of the roll-ups the sweep stores: one (now or `asOf`), a page, an entity's history, the portfolio trend,
 * the changes of standard and the executive view. Checks no permission: `AuthorizedRollupService` does.
 */
export class DefaultRollupService {
  private readonly now: () => DateTime;

  constructor(
    private readonly options: {
      rollups: RollupStore;
      readiness: ReadinessStore;
      standards: StandardStore;
      serviceLevels: ServiceLevelsOfMonth;
      clock?: () => DateTime;
    },
  ) {
    this.now = options.clock ?? (() => DateTime.utc());
  }

  /** The roll-up now, or as recorded at `asOf`; 400 for a kind that does not roll up, 404 when there is none. */
  async get(ref: EntityRefParts, asOf?: string): Promise<RollupResult> {
    const entityRef = rollupRef(ref);
    const result = asOf
      ? await this.options.rollups.getAt(entityRef, asOfInstant(asOf))
      : await this.options.rollups.get(entityRef);
    if (!result) {
      throw new NotFoundError(
        asOf
          ? `No roll-up of ${entityRef} was recorded by ${asOf}`
          : `${entityRef} has no roll-up: no sweep has rolled it up (a system or group needs a scored component)`,
      );
    }
    return result;
  }

  /** A page of one kind, now or as it was at `asOf`. */
  list(query: RollupQuery & { asOf?: string }, visible?: ReadonlySet<string>) {
    const { asOf, ...page } = query;
    return asOf
      ? this.options.rollups.listAt(page, asOfInstant(asOf), visible)
      : this.options.rollups.list(page, visible);
  }

  async history(ref: EntityRefParts) {
    const entityRef = rollupRef(ref);
    const records = await this.options.rollups.history(entityRef);
    return {
      entityRef,
      items: records.flatMap(({ result, recordedAt }) =>
        result
          ? [
              {
                verdict: result.verdict,
                atRisk: result.atRisk,
                score: result.score,
                ready: result.members.ready,
                counted: result.members.counted,
                recordedAt,
              },
            ]
          : [],
      ),
    };
  }

  /**
   * The portfolio day by day: one series per offering or team (their roll-ups) or per tier (the components), with
   * the changes of standard in the range. `visible` limits the entities counted (undefined: all).
   */
  async trend(
    query: TrendQuery,
    visible: {
      rollups?: ReadonlySet<string>;
      components?: ReadonlySet<string>;
    },
  ): Promise<Trend> {
    const to = query.to ?? this.now().toISODate()!;
    const from =
      query.from ??
      DateTime.fromISO(to, { zone: 'utc' })
        .minus({ days: DEFAULT_TREND_DAYS - 1 })
        .toISODate()!;
    const days = checkedRange(from, to);
    const [first, last] = [`${days[0].date}T00:00:00.000Z`, days.at(-1)!.end];
    const standardChanges = await this.options.standards.between(first, last);

    if (query.by === 'tier') {
      const rows = await this.options.readiness.resultsBetween(first, last);
      const records = rows
        .filter(
          r => !visible.components || visible.components.has(r.entity_ref),
        )
        .map(r =>
          toRecord(r, (result: ReadinessResult) => ({
            score: result.score,
            ready: result.verdict === 'ready' ? 1 : 0,
            total: 1,
            group: result.tier,
          })),
        );
      const series = seriesPerTier(records, days);
      return {
        by: query.by,
        from,
        to,
        totalCount: series.length,
        series: series.slice(query.offset, query.offset + query.limit),
        standardChanges,
      };
    }

    const records = (
      await this.options.rollups.statesBetween(KIND_OF[query.by], first, last)
    ).filter(r => !visible.rollups || visible.rollups.has(r.entityRef));
    const keys = [...new Set(records.map(r => r.entityRef))].sort();
    const page = keys.slice(query.offset, query.offset + query.limit);
    return {
      by: query.by,
      from,
      to,
      totalCount: keys.length,
      series: seriesPerEntity(
        records.map(r => ({
          key: r.entityRef,
          recordedAt: r.recordedAt,
          state: r.result && {
            score: r.result.score,
            ready: r.result.members.ready,
            total: r.result.members.counted,
          },
        })),
        days,
        page,
      ),
      standardChanges,
    };
  }

  standardChanges(page: { limit: number; offset: number }) {
    return this.options.standards.list(page);
  }

  /**
   * Per business offering: its roll-up, its service levels in the last closed month, its accepted risk and how it
   * moved since the end of that month; weakest first (not ready, then at risk, then by score).
   */
  async executive(
    page: { limit: number; offset: number },
    visible: ReadonlySet<string> | undefined,
    readAs: BackstageCredentials,
  ) {
    const now = this.now();
    const month = lastClosedMonth(now);
    const comparedWith = DateTime.fromISO(`${month}-01`, { zone: 'utc' })
      .endOf('month')
      .toISO()!;
    const { items: all } = await this.options.rollups.list(
      {
        kind: 'serviceoffering',
        sort: 'score',
        order: 'asc',
        limit: Number.MAX_SAFE_INTEGER,
        offset: 0,
      },
      visible,
    );
    const business = all
      .filter(r => r.offeringType === 'business')
      .sort(weakestOffering);
    const rows = business.slice(page.offset, page.offset + page.limit);
    const [levels, past] = await Promise.all([
      this.serviceLevelsOf(month, readAs),
      this.options.rollups.allAt('serviceoffering', comparedWith),
    ]);
    const items = rows.map((r): ExecutiveRow => {
      const before = past.get(r.entityRef);
      const level = levels.get(r.entityRef);
      return {
        offeringRef: r.entityRef,
        ...(r.tier && { tier: r.tier }),
        ...(r.lifecycle && { lifecycle: r.lifecycle }),
        verdict: r.verdict,
        atRisk: r.atRisk,
        score: r.score,
        ...(before && {
          previous: { verdict: before.verdict, score: before.score },
        }),
        movement: movement(r, before),
        ...(level && {
          serviceLevel: {
            status: level.status,
            summary: level.agreements
              .filter(a => a.type === 'sla')
              .flatMap(a => a.summary),
          },
        }),
        acceptedRisk: {
          waivers: r.acceptedRisk.waivers,
          checks: r.acceptedRisk.checks,
        },
        notReady: r.weakest
          .filter(m => m.verdict === 'not-ready')
          .slice(0, EXECUTIVE_NOT_READY)
          .map(m => m.entityRef),
        dependencyRisks: r.dependencyRisks,
      };
    });
    return { month, comparedWith, totalCount: business.length, items };
  }

  /** The month's service-level rows by offering, every page of them. */
  private async serviceLevelsOf(month: string, readAs: BackstageCredentials) {
    const rows = new Map<string, SmoApiModels.ServiceLevelOfferingRow>();
    for (let offset = 0; ; ) {
      const page = await this.options.serviceLevels(
        { month, limit: 200, offset },
        readAs,
      );
      page.items.forEach(row => rows.set(row.offeringRef, row));
      offset += page.items.length;
      if (page.items.length === 0 || offset >= page.totalCount) return rows;
    }
  }
}

/** Not ready first, then at risk, then by score and ref. */
function weakestOffering(a: RollupResult, b: RollupResult): number {
  const rank = (r: RollupResult) => {
    if (r.verdict === 'not-ready') return 0;
    return r.atRisk ? 1 : 2;
  };
  return (
    rank(a) - rank(b) ||
    a.score - b.score ||
    a.entityRef.localeCompare(b.entityRef)
  );
}

/** The canonical ref of a roll-up; a kind that does not roll up is a 400. */
export function rollupRef(ref: EntityRefParts): string {
  const entityRef = refKey(`${ref.kind}:${ref.namespace}/${ref.name}`);
  const kind = entityRef.slice(0, entityRef.indexOf(':'));
  if (!(ROLLUP_KINDS as string[]).includes(kind)) {
    throw new InputError(
      `Readiness rolls up to ${ROLLUP_KINDS.join(', ')}, not ${ref.kind}`,
    );
  }
  return entityRef;
}

/** The range's days; 400 when it is reversed or longer than {@link MAX_TREND_DAYS}. */
function checkedRange(from: string, to: string) {
  const [start, end] = [from, to].map(d =>
    DateTime.fromISO(d, { zone: 'utc' }),
  );
  if (!start.isValid || !end.isValid) {
    throw new InputError(`Invalid range ${from} to ${to}: not calendar dates`);
  }
  if (end < start) throw new InputError(`from (${from}) is after to (${to})`);
  if (end.diff(start, 'days').days + 1 > MAX_TREND_DAYS) {
    throw new InputError(
      `The trend covers at most ${MAX_TREND_DAYS} days; ${from} to ${to} is longer`,
    );
  }
  return daysBetween(from, to);
}

function toRecord<T>(
  row: ResultRow,
  state: (result: T) => TrendRecord['state'],
): TrendRecord {
  return {
    key: row.entity_ref,
    recordedAt: row.recorded_at,
    state: row.result ? state(JSON.parse(row.result)) : undefined,
  };
}
