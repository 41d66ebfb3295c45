import { ReadinessListQuery } from '../../api/SmoApi';
import { fetchAllRows } from './fetchAllRows';
import { row } from './__testUtils__/rows';

/** A backend holding `total` rows that hides every `hideEvery`-th one after paging, as the real one may. */
function backend(total: number, hideEvery = 0) {
  const all = Array.from({ length: total }, (_, i) => row(`c${i}`));
  const listReadiness = jest.fn(async (q: ReadinessListQuery = {}) => {
    const offset = q.offset ?? 0;
    const limit = q.limit ?? 50;
    const items = all
      .slice(offset, offset + limit)
      .filter((_, i) => !hideEvery || (offset + i) % hideEvery !== 0);
    return { totalCount: total, offset, limit, items };
  });
  return { listReadiness };
}

describe('fetchAllRows', () => {
  it('reads pages of 500 until the total, with the filters and a stable sort', async () => {
    const api = backend(1203);
    const result = await fetchAllRows(api, { verdict: 'not-ready' });
    expect(result.rows).toHaveLength(1203);
    expect(result).toMatchObject({ totalCount: 1203, truncated: false });
    expect(api.listReadiness.mock.calls.map(c => c[0])).toEqual([
      {
        verdict: 'not-ready',
        sort: 'entityRef',
        order: 'asc',
        limit: 500,
        offset: 0,
      },
      {
        verdict: 'not-ready',
        sort: 'entityRef',
        order: 'asc',
        limit: 500,
        offset: 500,
      },
      {
        verdict: 'not-ready',
        sort: 'entityRef',
        order: 'asc',
        limit: 500,
        offset: 1000,
      },
    ]);
  });

  it('keeps reading past short pages of hidden entities', async () => {
    const api = backend(1000, 10);
    const result = await fetchAllRows(api, {});
    expect(api.listReadiness).toHaveBeenCalledTimes(2);
    expect(result.rows).toHaveLength(900);
  });

  it('stops at the limit and says so', async () => {
    const api = backend(1203);
    const result = await fetchAllRows(api, {}, 700);
    expect(result.rows).toHaveLength(700);
    expect(result).toMatchObject({ totalCount: 1203, truncated: true });
    expect(api.listReadiness.mock.calls[1][0]).toMatchObject({
      limit: 200,
      offset: 500,
    });
  });

  it('makes one request for an empty portfolio', async () => {
    const api = backend(0);
    expect(await fetchAllRows(api, {})).toEqual({
      rows: [],
      totalCount: 0,
      truncated: false,
    });
    expect(api.listReadiness).toHaveBeenCalledTimes(1);
  });
});
