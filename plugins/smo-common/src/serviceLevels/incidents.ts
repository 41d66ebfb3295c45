import { parseEntityRef } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import { SlaPriority } from '../kinds/entities';

/**
 * One incident as an incident source yields it (service-levels spec, "Incident records"); times are ISO-8601 with
 * an offset.
 *
 * @public
 */
export interface IncidentRecord {
  /** Unique within its source. */
  id: string;
  /** The Component or ServiceOffering affected, as a kinded entity ref. */
  entityRef: string;
  priority: SlaPriority;
  /** When the incident was logged. */
  openedAt: string;
  /** First response by the support group; absent: not responded yet. */
  respondedAt?: string;
  /** Service restored; absent: still open. */
  resolvedAt?: string;
  /** The service was unavailable from `openedAt` to `resolvedAt`. */
  outage?: boolean;
  /** One line, shown to people who may read the entity. */
  summary?: string;
}

const PRIORITIES: readonly string[] = ['P1', 'P2', 'P3', 'P4'];
const KINDS = ['component', 'serviceoffering'];

const instant = (value: unknown) =>
  typeof value === 'string' && /[zZ]|[+-]\d{2}:?\d{2}$/.test(value)
    ? DateTime.fromISO(value, { setZone: true })
    : undefined;

/**
 * Checks a record from a source before it counts: the required fields, a kinded ref of a Component or
 * ServiceOffering, times with an offset and in order. Answers the record normalised (times in UTC, the ref in its
 * canonical lower-case form), or the reason it is skipped.
 *
 * @public
 */
export function parseIncidentRecord(
  raw: unknown,
): { record: IncidentRecord } | { reason: string } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { reason: 'not an object' };
  }
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || !r.id.trim()) {
    return { reason: 'id is missing' };
  }
  const id = r.id.trim();
  const skip = (why: string) => ({ reason: `${id}: ${why}` });

  let entityRef: string;
  try {
    if (typeof r.entityRef !== 'string' || !r.entityRef.includes(':')) {
      throw new Error();
    }
    const ref = parseEntityRef(r.entityRef);
    if (!KINDS.includes(ref.kind.toLocaleLowerCase('en-US'))) throw new Error();
    entityRef = `${ref.kind}:${ref.namespace}/${ref.name}`.toLocaleLowerCase(
      'en-US',
    );
  } catch {
    return skip(
      `entityRef ${JSON.stringify(
        r.entityRef,
      )} is not a kinded ref of a Component or ServiceOffering`,
    );
  }
  if (typeof r.priority !== 'string' || !PRIORITIES.includes(r.priority)) {
    return skip(`priority ${JSON.stringify(r.priority)} is not one of P1-P4`);
  }

  const times: Record<string, string | undefined> = {};
  for (const field of ['openedAt', 'respondedAt', 'resolvedAt'] as const) {
    if (r[field] === undefined || r[field] === null) {
      if (field === 'openedAt') return skip('openedAt is missing');
      continue;
    }
    const time = instant(r[field]);
    if (!time?.isValid) {
      return skip(
        `${field} ${JSON.stringify(
          r[field],
        )} is not an ISO-8601 time with an offset`,
      );
    }
    times[field] = time.toUTC().toISO()!;
  }
  for (const field of ['respondedAt', 'resolvedAt'] as const) {
    if (times[field] && times[field]! < times.openedAt!) {
      return skip(`${field} is before openedAt`);
    }
  }
  if (r.outage !== undefined && typeof r.outage !== 'boolean') {
    return skip('outage is not true or false');
  }
  if (r.summary !== undefined && typeof r.summary !== 'string') {
    return skip('summary is not text');
  }
  return {
    record: {
      id,
      entityRef,
      priority: r.priority as SlaPriority,
      openedAt: times.openedAt!,
      ...(times.respondedAt && { respondedAt: times.respondedAt }),
      ...(times.resolvedAt && { resolvedAt: times.resolvedAt }),
      ...(r.outage === true && { outage: true }),
      ...(typeof r.summary === 'string' &&
        r.summary.trim() && { summary: r.summary.trim().slice(0, 500) }),
    },
  };
}
