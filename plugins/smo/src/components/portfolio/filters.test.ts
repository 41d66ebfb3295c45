import {
  filtersFromSearch,
  hasFilters,
  pageQuery,
  toSearch,
  viewFromSearch,
} from './filters';

describe('portfolio URL state', () => {
  it('reads filters and drops values the API would reject', () => {
    const search = new URLSearchParams(
      'owner=group:default/team-payments&verdict=not-ready&tier=tier-9&minScore=20&maxScore=abc&system=',
    );
    expect(filtersFromSearch(search)).toEqual({
      owner: 'group:default/team-payments',
      system: undefined,
      offering: undefined,
      verdict: 'not-ready',
      tier: undefined,
      minScore: 20,
      maxScore: undefined,
    });
  });

  it('defaults the view to the lowest scores first, 25 a page', () => {
    expect(viewFromSearch(new URLSearchParams(''))).toEqual({
      sort: 'score',
      order: 'asc',
      page: 0,
      pageSize: 25,
    });
    expect(
      viewFromSearch(
        new URLSearchParams('sort=entityRef&order=desc&page=2&pageSize=7'),
      ),
    ).toEqual({ sort: 'entityRef', order: 'desc', page: 2, pageSize: 25 });
  });

  it('round-trips filters and a non-default view, leaving out defaults', () => {
    const filters = {
      offering: 'serviceoffering:default/payments',
      maxScore: 80,
    };
    const view = {
      sort: 'score' as const,
      order: 'desc' as const,
      page: 1,
      pageSize: 25,
    };
    const search = toSearch(filters, view);
    expect(search.toString()).toBe(
      'offering=serviceoffering%3Adefault%2Fpayments&maxScore=80&order=desc&page=1',
    );
    expect(filtersFromSearch(search)).toMatchObject(filters);
    expect(viewFromSearch(search)).toEqual(view);
  });

  it('turns a table page into an API query', () => {
    expect(
      pageQuery(
        { verdict: 'ready' },
        { sort: 'score', order: 'asc', page: 2, pageSize: 10 },
      ),
    ).toEqual({
      verdict: 'ready',
      sort: 'score',
      order: 'asc',
      limit: 10,
      offset: 20,
    });
  });

  it('knows whether a filter is set', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ owner: undefined })).toBe(false);
    expect(hasFilters({ minScore: 0 })).toBe(true);
  });
});
