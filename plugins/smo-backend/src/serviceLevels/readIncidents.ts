import { LoggerService } from '@backstage/backend-plugin-api';
import {
  IncidentRecord,
  parseIncidentRecord,
} from '@smo-backstage/plugin-smo-common';
import {
  SmoIncidentSource,
  SmoIncidentWindow,
} from '@smo-backstage/plugin-smo-node';

/** What the sources gave for a window: the records that count, and how many were skipped (with why, a few). */
export interface IncidentRead {
  records: IncidentRecord[];
  skipped: number;
  /** The first reasons, per source, for the log and for people asking why a figure looks thin. */
  reasons: string[];
}

const REASONS_KEPT = 20;

/** A record checked, or the reason it is skipped; `{ unreadable }` is a source's own "could not read this". */
function check(raw: unknown): ReturnType<typeof parseIncidentRecord> {
  if (raw && typeof raw === 'object' && 'unreadable' in raw) {
    return { reason: String(raw.unreadable) };
  }
  return parseIncidentRecord(raw);
}

/**
 * Reads every source for `window` and keeps the records that pass `parseIncidentRecord` and overlap the window
 * (opened before its end, not resolved before its start). A bad record is skipped, counted and logged, never fatal;
 * a source that fails altogether fails the read, so no figure is computed from part of the data. When a source
 * returns an id twice, the later record wins (an export listing an incident before and after an update).
 */
export async function readIncidents(
  sources: SmoIncidentSource[],
  window: SmoIncidentWindow,
  logger: LoggerService,
): Promise<IncidentRead> {
  const from = window.from.toISOString();
  const to = window.to.toISOString();
  const byId = new Map<string, IncidentRecord>();
  const reasons: string[] = [];
  let skipped = 0;
  for (const source of sources) {
    let skippedHere = 0;
    for (const raw of await source.read(window)) {
      const parsed = check(raw);
      if ('reason' in parsed) {
        skippedHere += 1;
        if (reasons.length < REASONS_KEPT) {
          reasons.push(`${source.id}: ${parsed.reason}`);
        }
        continue;
      }
      const { record } = parsed;
      if (record.openedAt < to && (record.resolvedAt ?? to) >= from) {
        byId.set(record.id, record);
      }
    }
    if (skippedHere > 0) {
      logger.warn(
        `SMO incidents: skipped ${skippedHere} bad records from ${source.id}`,
        {
          reasons: reasons
            .filter(r => r.startsWith(`${source.id}: `))
            .join('; '),
        },
      );
    }
    skipped += skippedHere;
  }
  return {
    records: [...byId.values()].sort((a, b) =>
      a.openedAt < b.openedAt ? -1 : 1,
    ),
    skipped,
    reasons,
  };
}
