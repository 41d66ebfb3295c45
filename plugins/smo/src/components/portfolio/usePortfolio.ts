import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { fetchAllRows } from './fetchAllRows';
import {
  filtersFromSearch,
  hasFilters,
  pageQuery,
  PortfolioFilters,
  PortfolioView,
  toSearch,
  viewFromSearch,
} from './filters';

/** Filters, sort and page live in the URL; changing a filter goes back to the first page. */
export function usePortfolioUrlState() {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const view = useMemo(() => viewFromSearch(search), [search]);
  const setFilters = useCallback(
    (next: PortfolioFilters) =>
      setSearch(toSearch(next, { ...view, page: 0 }), { replace: true }),
    [setSearch, view],
  );
  const setView = useCallback(
    (next: PortfolioView) =>
      setSearch(toSearch(filters, next), { replace: true }),
    [setSearch, filters],
  );
  return { filters, view, setFilters, setView };
}

/**
 * The data of the portfolio page: one table page (sorted and paged by the backend), every matching row for the tiles
 * and the CSV, every row for the filter options, and the check definitions to name blockers and their categories.
 */
export function usePortfolioData(
  filters: PortfolioFilters,
  view: PortfolioView,
) {
  const smoApi = useApi(smoApiRef);
  // Serialised so the requests re-run when a value changes, not when the URL state is re-created.
  const queryKey = JSON.stringify(pageQuery(filters, view));
  const filtersKey = JSON.stringify(filters);
  const filtered = hasFilters(filters);

  const page = useAsyncRetry(
    () => smoApi.listReadiness(JSON.parse(queryKey)),
    [smoApi, queryKey],
  );
  const everything = useAsyncRetry(() => fetchAllRows(smoApi, {}), [smoApi]);
  const matching = useAsyncRetry(
    async () =>
      filtered ? fetchAllRows(smoApi, JSON.parse(filtersKey)) : undefined,
    [smoApi, filtered, filtersKey],
  );
  const checks = useAsync(() => smoApi.getChecks(), [smoApi]);

  const checkIndex = useMemo(
    () => new Map((checks.value ?? []).map(c => [c.id, c])),
    [checks.value],
  );

  return {
    page,
    /** Rows matching the filters (all rows when none is set). */
    matching: filtered ? matching : everything,
    everything,
    checkIndex,
  };
}
