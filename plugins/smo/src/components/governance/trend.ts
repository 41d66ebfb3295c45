import { DateTime } from 'luxon';
import { ReadinessHistoryPoint } from '../../api/SmoApi';

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
