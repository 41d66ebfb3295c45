import { SmoApiModels } from '@smo-backstage/plugin-smo-common';
import { ChartSeries, dayTime, shortDate } from '../rollups/trendChart';

// The burn-up's geometry input and words, kept pure. Counts are drawn on the 0–100 frame the score charts share,
// scaled to the largest count, so the axes and line geometry are theirs.

type Point = SmoApiModels.CampaignBurnUpPoint;

/** The three lines of a burn-up, in drawing order. */
export const BURN_UP_LINES: Array<{
  key: string;
  label: string;
  value: (p: Point) => number;
}> = [
  { key: 'in-scope', label: 'In scope', value: p => p.inScope },
  { key: 'met-waived', label: 'Met or waived', value: p => p.met + p.waived },
  { key: 'met', label: 'Met', value: p => p.met },
];

/** The largest count of the burn-up (at least 1, so an empty scope still has an axis). */
export const burnUpMax = (points: Point[]) =>
  Math.max(1, ...points.map(p => p.inScope));

/** The burn-up as chart series: each count as a share of {@link burnUpMax}, on the score charts' 0–100 scale. */
export function burnUpSeries(points: Point[]): ChartSeries[] {
  const max = burnUpMax(points);
  return BURN_UP_LINES.map(line => ({
    key: line.key,
    label: line.label,
    points: points.map(p => ({
      time: dayTime(p.date),
      score: (line.value(p) / max) * 100,
    })),
  }));
}

/** A grid line's count: 0, half the largest count, the largest count. */
export const burnUpTick = (max: number) => (tick: number) =>
  String(Math.round((tick / 100) * max));

/** The burn-up in a sentence, for screen readers: where each line starts and ends. */
export function describeBurnUp(title: string, points: Point[]): string {
  if (points.length === 0) return `${title}: no points yet.`;
  const first = points[0];
  const last = points[points.length - 1];
  const lines = BURN_UP_LINES.map(line => {
    const [from, to] = [line.value(first), line.value(last)];
    return from === to
      ? `${line.label} ${to}`
      : `${line.label} ${from} → ${to}`;
  });
  return `${title}, ${shortDate(dayTime(first.date))} to ${shortDate(
    dayTime(last.date),
  )}: ${lines.join('; ')}.`;
}

/** How many days the table lists one by one; beyond that it lists one a week and the last. */
export const DAILY_ROWS = 31;

/** The points the table lists: every day of a short burn-up, else every 7th day from the start and the last day. */
export function tablePoints(points: Point[]): Point[] {
  if (points.length <= DAILY_ROWS) return points;
  return points.filter((_, i) => i % 7 === 0 || i === points.length - 1);
}
