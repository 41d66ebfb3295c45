import { ReadinessSummary } from '../../api/SmoApi';

/** One bar of a summary tile: how many components are blocked, and by how many blockers. */
export interface RiskCount {
  key: string;
  /** Components in this group that are not ready. */
  notReady: number;
  /** Components in this group. */
  components: number;
  /** Blocker occurrences in this group. */
  blockers: number;
}

/** The portfolio in business terms: how much is ready, and which areas, services and teams hold it back. */
export interface PortfolioSummary {
  components: number;
  ready: number;
  /** Whole percent of components that are ready; undefined for an empty portfolio. */
  readyPercent?: number;
  /** Per check category: components blocked by a check of that category, and the blocker count. */
  byCategory: RiskCount[];
  /** Per service offering (business services at risk); components delivering no offering count under `''`. */
  byOffering: RiskCount[];
  /** Per owning group; components without owner count under `''`. */
  byOwner: RiskCount[];
}

/** Tally for one grouping, where each row may fall in several groups (offerings) with some blockers each. */
function tally(
  rows: ReadinessSummary[],
  groupsOf: (row: ReadinessSummary) => Array<{ key: string; blockers: number }>,
  includeReady: boolean,
): RiskCount[] {
  const counts = new Map<string, RiskCount>();
  for (const row of rows) {
    for (const { key, blockers } of groupsOf(row)) {
      const count = counts.get(key) ?? {
        key,
        notReady: 0,
        components: 0,
        blockers: 0,
      };
      count.components += 1;
      count.notReady += row.verdict === 'not-ready' ? 1 : 0;
      count.blockers += blockers;
      counts.set(key, count);
    }
  }
  return [...counts.values()]
    .filter(c => includeReady || c.blockers > 0)
    .sort(
      (a, b) =>
        b.notReady - a.notReady ||
        b.blockers - a.blockers ||
        a.key.localeCompare(b.key),
    );
}

/**
 * Summarises rows for the tiles. `categoryOf` maps a check id to its category (from `GET /checks`); a blocker whose
 * check is no longer defined counts under `'unknown'`.
 */
export function summarisePortfolio(
  rows: ReadinessSummary[],
  categoryOf: (checkId: string) => string | undefined,
): PortfolioSummary {
  const ready = rows.filter(r => r.verdict === 'ready').length;
  const byCategory = tally(
    rows,
    row => {
      const perCategory = new Map<string, number>();
      for (const id of row.blockers) {
        const category = categoryOf(id) ?? 'unknown';
        perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
      }
      return [...perCategory].map(([key, blockers]) => ({ key, blockers }));
    },
    false,
  );
  const blockers = (row: ReadinessSummary) => row.blockers.length;
  return {
    components: rows.length,
    ready,
    readyPercent:
      rows.length === 0 ? undefined : Math.round((ready / rows.length) * 100),
    byCategory,
    byOffering: tally(
      rows,
      row =>
        (row.offerings.length > 0 ? row.offerings : ['']).map(key => ({
          key,
          blockers: blockers(row),
        })),
      true,
    ),
    byOwner: tally(
      rows,
      row => [{ key: row.ownerRef ?? '', blockers: blockers(row) }],
      true,
    ),
  };
}

/** Distinct values of a row field, sorted, for the filter drop-downs. */
export function distinctValues(
  rows: ReadinessSummary[],
  valuesOf: (row: ReadinessSummary) => Array<string | undefined>,
): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    for (const value of valuesOf(row)) {
      if (value) {
        values.add(value);
      }
    }
  }
  return [...values].sort();
}
