import { TIERS, TrendSeries } from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';

/** One recorded state: an entity's score and counts from `recordedAt` on; none when it went. */
export interface TrendRecord {
  key: string;
  recordedAt: string;
  state?: { score: number; ready: number; total: number; group?: string };
}

/** The days from `from` to `to` (`YYYY-MM-DD`, UTC), each with the instant its state is read at (its end). */
export function daysBetween(from: string, to: string) {
  const days: { date: string; end: string }[] = [];
  const last = DateTime.fromISO(to, { zone: 'utc' });
  for (
    let day = DateTime.fromISO(from, { zone: 'utc' });
    day <= last;
    day = day.plus({ days: 1 })
  ) {
    days.push({ date: day.toISODate()!, end: day.endOf('day').toISO()! });
  }
  return days;
}

/**
 * One series per entity: its state at the end of each day on which it existed. `records` are oldest first and
 * start with each entity's last state before the first day.
 */
export function seriesPerEntity(
  records: TrendRecord[],
  days: { date: string; end: string }[],
  keys: string[],
): TrendSeries[] {
  const wanted = new Set(keys);
  const state = new Map<string, TrendRecord['state']>();
  const points = new Map<string, TrendSeries['points']>(keys.map(k => [k, []]));
  let next = 0;
  for (const day of days) {
    while (next < records.length && records[next].recordedAt <= day.end) {
      const record = records[next++];
      if (wanted.has(record.key)) state.set(record.key, record.state);
    }
    for (const [key, now] of state) {
      if (now) {
        points.get(key)!.push({
          date: day.date,
          score: now.score,
          ready: now.ready,
          total: now.total,
        });
      }
    }
  }
  return keys.map(key => ({ key, points: points.get(key)! }));
}

/**
 * One series per tier over components: the mean score and how many were ready at the end of each day. Kept as
 * running sums, so the cost grows with records and days, not with days × components.
 */
export function seriesPerTier(
  records: TrendRecord[],
  days: { date: string; end: string }[],
): TrendSeries[] {
  const state = new Map<string, NonNullable<TrendRecord['state']>>();
  const sums = new Map<string, { score: number; ready: number; total: number }>(
    TIERS.map(t => [t, { score: 0, ready: 0, total: 0 }]),
  );
  const apply = (s: TrendRecord['state'], sign: 1 | -1) => {
    const sum = s?.group ? sums.get(s.group) : undefined;
    if (!sum || !s) return;
    sum.score += sign * s.score;
    sum.ready += sign * s.ready;
    sum.total += sign * s.total;
  };
  const points = new Map<string, TrendSeries['points']>(
    TIERS.map(t => [t, []]),
  );
  let next = 0;
  for (const day of days) {
    while (next < records.length && records[next].recordedAt <= day.end) {
      const record = records[next++];
      apply(state.get(record.key), -1);
      if (record.state) state.set(record.key, record.state);
      else state.delete(record.key);
      apply(record.state, 1);
    }
    for (const [tier, sum] of sums) {
      if (sum.total > 0) {
        points.get(tier)!.push({
          date: day.date,
          score: Math.round(sum.score / sum.total),
          ready: sum.ready,
          total: sum.total,
        });
      }
    }
  }
  return TIERS.map(tier => ({ key: tier, points: points.get(tier)! }));
}
