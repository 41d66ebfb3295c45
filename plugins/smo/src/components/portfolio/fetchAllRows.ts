import { ReadinessSummary, SmoApi } from '../../api/SmoApi';
import { PortfolioFilters } from './filters';

/** The API's largest page. */
export const ROWS_PER_REQUEST = 500;
/**
 * The most rows read for the summary tiles and the CSV export: 10 requests of 500. Enough for a large portfolio
 * (the demo has 15 components) while bounding the work of one page view; the page says when it was reached.
 */
export const MAX_AGGREGATED_ROWS = 5000;

/** Every row matching the filters, up to a limit, read page by page. */
export interface AllRows {
  rows: ReadinessSummary[];
  /** Matching entities according to the backend; more than `rows.length` when the limit was reached. */
  totalCount: number;
  truncated: boolean;
}

/**
 * Reads all matching rows up to `max`, sorted by entity ref so pages do not shift while scores change. Pages can be
 * short (the backend drops entities the caller cannot see after paging), so the read follows `totalCount`.
 */
export async function fetchAllRows(
  smoApi: Pick<SmoApi, 'listReadiness'>,
  filters: PortfolioFilters,
  max: number = MAX_AGGREGATED_ROWS,
): Promise<AllRows> {
  const rows: ReadinessSummary[] = [];
  let totalCount = 0;
  let offset = 0;
  do {
    const page = await smoApi.listReadiness({
      ...filters,
      sort: 'entityRef',
      order: 'asc',
      limit: Math.min(ROWS_PER_REQUEST, max - offset),
      offset,
    });
    totalCount = page.totalCount;
    rows.push(...page.items);
    offset += ROWS_PER_REQUEST;
  } while (offset < Math.min(max, totalCount));
  return { rows, totalCount, truncated: totalCount > max };
}
