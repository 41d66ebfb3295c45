import { DateTime } from 'luxon';
import { ReadinessHistoryPoint } from '../../api/SmoApi';

/** The drawing area inside the SVG, in viewBox units. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A history point placed in the plot. */
export interface PlottedPoint extends ReadinessHistoryPoint {
  x: number;
  y: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Places history points on a time axis from the first change to `now`, score 0–100 bottom to top, and draws a step
 * line: a score holds until the next change, which is what "one point per change" means.
 */
export function trendGeometry(
  items: ReadinessHistoryPoint[],
  now: number,
  box: PlotBox,
): { points: PlottedPoint[]; path: string } {
  if (items.length === 0) {
    return { points: [], path: '' };
  }
  const times = items.map(i => Date.parse(i.recordedAt));
  const start = times[0];
  const end = Math.max(now, times[times.length - 1]);
  const span = end - start || 1;
  const x = (t: number) => round(box.left + ((t - start) / span) * box.width);
  const y = (score: number) =>
    round(box.top + (1 - Math.min(100, Math.max(0, score)) / 100) * box.height);

  const points = items.map((item, k) => ({
    ...item,
    x: x(times[k]),
    y: y(item.score),
  }));
  const path = `${points
    .map((p, k) => (k === 0 ? `M${p.x},${p.y}` : `H${p.x}V${p.y}`))
    .join('')}H${x(end)}`;
  return { points, path };
}

const day = (iso: string) =>
  DateTime.fromISO(iso).toLocaleString(DateTime.DATE_MED);

/** The chart in one sentence, for screen readers and as the figure caption. */
export function describeTrend(items: ReadinessHistoryPoint[]): string {
  if (items.length === 0) {
    return 'No score history yet.';
  }
  const first = items[0];
  const last = items[items.length - 1];
  const verdict = last.verdict === 'ready' ? 'ready' : 'not ready';
  if (items.length === 1) {
    return `Score ${last.score} (${verdict}) since ${day(
      last.recordedAt,
    )}, unchanged.`;
  }
  const low = Math.min(...items.map(i => i.score));
  const high = Math.max(...items.map(i => i.score));
  return `Score went from ${first.score} on ${day(first.recordedAt)} to ${
    last.score
  } on ${day(last.recordedAt)} over ${
    items.length
  } changes (lowest ${low}, highest ${high}); now ${verdict}.`;
}
