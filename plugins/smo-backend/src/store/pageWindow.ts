/** A page of rows read in index order: how many to skip and take, and whether from the end (in reverse order). */
export interface PageWindow {
  offset: number;
  limit: number;
  reverse: boolean;
}

/**
 * Where to read the page [offset, offset + limit) of `total` rows from: a page past the middle is read from the other
 * end in reverse order, so no page skips more than half the rows (offset 99,950 of 100k skips none).
 */
export function pageWindow(
  total: number,
  offset: number,
  limit: number,
): PageWindow {
  const size = Math.max(0, Math.min(limit, total - offset));
  const fromEnd = total - offset - size;
  return fromEnd < offset
    ? { offset: fromEnd, limit: size, reverse: true }
    : { offset, limit: size, reverse: false };
}

/** An `orderBy` list the other way round, for a window read in reverse. */
export function reversed<O extends { column: string; order: 'asc' | 'desc' }>(
  order: O[],
): O[] {
  return order.map(o => ({ ...o, order: o.order === 'asc' ? 'desc' : 'asc' }));
}
