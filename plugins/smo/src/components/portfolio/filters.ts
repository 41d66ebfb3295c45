import { Tier, TIERS, Verdict } from '@smo-backstage/plugin-smo-common';
import { ReadinessListQuery } from '../../api/SmoApi';

/** The portfolio filters; kept in the page URL so a filtered view can be shared and bookmarked. */
export interface PortfolioFilters {
  owner?: string;
  system?: string;
  offering?: string;
  verdict?: Verdict;
  tier?: Tier;
  minScore?: number;
  maxScore?: number;
}

/** Sort and page of the table, also kept in the URL. */
export interface PortfolioView {
  sort: 'score' | 'entityRef';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50, 100];
const DEFAULT_VIEW: PortfolioView = {
  sort: 'score',
  order: 'asc',
  page: 0,
  pageSize: 25,
};

const VERDICTS: readonly Verdict[] = ['ready', 'not-ready'];

function score(text: string | null): number | undefined {
  if (text === null || text.trim() === '') {
    return undefined;
  }
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : undefined;
}

function oneOf<T extends string>(
  text: string | null,
  allowed: readonly T[],
): T | undefined {
  return allowed.find(a => a === text);
}

/** Reads filters from the URL, dropping values the API would reject rather than failing the page. */
export function filtersFromSearch(search: URLSearchParams): PortfolioFilters {
  return {
    owner: search.get('owner') || undefined,
    system: search.get('system') || undefined,
    offering: search.get('offering') || undefined,
    verdict: oneOf(search.get('verdict'), VERDICTS),
    tier: oneOf(search.get('tier'), TIERS),
    minScore: score(search.get('minScore')),
    maxScore: score(search.get('maxScore')),
  };
}

/** Reads sort and page from the URL, with the defaults (lowest score first, 25 a page). */
export function viewFromSearch(search: URLSearchParams): PortfolioView {
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    sort:
      oneOf(search.get('sort'), ['score', 'entityRef'] as const) ??
      DEFAULT_VIEW.sort,
    order:
      oneOf(search.get('order'), ['asc', 'desc'] as const) ??
      DEFAULT_VIEW.order,
    page: Number.isInteger(page) && page > 0 ? page : 0,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_VIEW.pageSize,
  };
}

/** Writes filters and view back to URL parameters, leaving out unset filters and default view values. */
export function toSearch(
  filters: PortfolioFilters,
  view: PortfolioView,
): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') {
      search.set(key, String(value));
    }
  }
  for (const key of ['sort', 'order', 'page', 'pageSize'] as const) {
    if (view[key] !== DEFAULT_VIEW[key]) {
      search.set(key, String(view[key]));
    }
  }
  return search;
}

/** The API query for one table page. */
export function pageQuery(
  filters: PortfolioFilters,
  view: PortfolioView,
): ReadinessListQuery {
  return {
    ...filters,
    sort: view.sort,
    order: view.order,
    limit: view.pageSize,
    offset: view.page * view.pageSize,
  };
}

/** Whether any filter is set. */
export function hasFilters(filters: PortfolioFilters): boolean {
  return Object.values(filters).some(v => v !== undefined && v !== '');
}
