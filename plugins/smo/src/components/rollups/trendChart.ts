import { StandardChange } from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import type { ChartBox as PlotBox } from '../common/ScoreAxes';

// The geometry and the words of the score-over-time charts (a roll-up's history, the portfolio trend), kept pure.

/** One line of a chart: its points in time order. */
export interface ChartSeries {
  key: string;
  label: string;
  points: Array<{ time: number; score: number }>;
}

/** A change of standard at a moment. */
export interface ChartMarker {
  time: number;
  label: string;
}

/** A series placed in the plot. */
export interface PlottedSeries extends ChartSeries {
  path: string;
  plotted: Array<{ x: number; y: number; time: number; score: number }>;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Places series and markers on one time axis from `start` to `end`, score 0–100 bottom to top. A `step` line holds a
 * score until the next point (a roll-up's history has one point per change); otherwise points are joined directly
 * (the trend has one point a day). Markers outside the range are left out.
 */
export function chartGeometry(
  series: ChartSeries[],
  markers: ChartMarker[],
  range: { start: number; end: number },
  box: PlotBox,
  step = false,
): { lines: PlottedSeries[]; marks: Array<ChartMarker & { x: number }> } {
  const span = range.end - range.start || 1;
  const x = (t: number) =>
    round(box.left + ((t - range.start) / span) * box.width);
  const y = (score: number) =>
    round(box.top + (1 - Math.min(100, Math.max(0, score)) / 100) * box.height);
  const lines = series.map(s => {
    const plotted = s.points.map(p => ({ ...p, x: x(p.time), y: y(p.score) }));
    const path = plotted
      .map((p, k) => {
        if (k === 0) return `M${p.x},${p.y}`;
        return step ? `H${p.x}V${p.y}` : `L${p.x},${p.y}`;
      })
      .join('');
    const tail = step && plotted.length > 0 ? `H${x(range.end)}` : '';
    return { ...s, plotted, path: path + tail };
  });
  const marks = markers
    .filter(m => m.time >= range.start && m.time <= range.end)
    .map(m => ({ ...m, x: x(m.time) }));
  return { lines, marks };
}

/** A moment as a short date: "15 Oct 2026". */
export const shortDate = (millis: number) =>
  DateTime.fromMillis(millis, { zone: 'utc' }).toLocaleString(
    DateTime.DATE_MED,
  );

/** A `YYYY-MM-DD` day (UTC) on the time axis: where the trend's point for that day is drawn. */
export const dayTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** "Standard changed: docs.techdocs: tier-2 advisory → blocking". */
export function standardChangeLabel(change: StandardChange): string {
  const what =
    change.changes.length > 0
      ? change.changes.map(c => c.description).join('; ')
      : change.summary;
  return `Standard changed: ${what}`;
}

/** The changes of standard as chart markers. */
export const standardMarkers = (changes: StandardChange[]): ChartMarker[] =>
  changes.map(c => ({
    time: Date.parse(c.recordedAt),
    label: standardChangeLabel(c),
  }));

/** First, last, lowest and highest score of a series, for the table beside a chart. */
export function seriesFigures(series: ChartSeries) {
  const scores = series.points.map(p => p.score);
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  return {
    first,
    last,
    low: scores.length ? Math.min(...scores) : undefined,
    high: scores.length ? Math.max(...scores) : undefined,
  };
}

/** One series in words: "online-checkout 62 → 80". */
function seriesSentence(series: ChartSeries): string {
  const { first, last } = seriesFigures(series);
  if (!first || !last) return `${series.label} has no points`;
  return first === last
    ? `${series.label} ${last.score}`
    : `${series.label} ${first.score} → ${last.score}`;
}

/**
 * The chart in sentences for screen readers: the range, where each line starts and ends, and when the standard
 * changed, so a drop after a stricter standard reads differently from a drop of the service.
 */
export function describeChart(
  title: string,
  series: ChartSeries[],
  marks: ChartMarker[],
  range: { start: number; end: number },
): string {
  const lines =
    series.length === 0
      ? 'No points.'
      : `${series.map(seriesSentence).join('; ')}.`;
  const standard =
    marks.length === 0
      ? 'The standard did not change in this range.'
      : `${
          marks.length === 1
            ? 'The standard changed'
            : `The standard changed ${marks.length} times`
        }: ${marks
          .map(
            m =>
              `${shortDate(m.time)} (${m.label.replace(
                /^Standard changed: /,
                '',
              )})`,
          )
          .join('; ')}.`;
  return `${title}, ${shortDate(range.start)} to ${shortDate(
    range.end,
  )}: ${lines} ${standard}`;
}
