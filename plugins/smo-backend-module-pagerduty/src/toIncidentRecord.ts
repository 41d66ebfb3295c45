import { IncidentRecord, SlaPriority } from '@smo-backstage/plugin-smo-common';

/** The fields of a PagerDuty incident the mapping reads, once `readIncident` has checked they are there. */
export interface PagerDutyIncident {
  id: string;
  serviceId: string;
  createdAt: string;
  status: string;
  title?: string;
  /** `priority.summary`, e.g. `P1`; PagerDuty accounts may have no priorities at all. */
  priority?: string;
  urgency?: string;
  resolvedAt?: string;
  lastStatusChangeAt?: string;
}

/** What the mapping needs besides the incident. */
export interface MappingContext {
  /** The entity the incident's service maps to. */
  entityRef: string;
  /** The first acknowledgement, from the incident's log entries. */
  acknowledgedAt?: string;
  outagePriorities: SlaPriority[];
  urgencyPriorities: Record<'high' | 'low', SlaPriority>;
}

/** A source's "could not turn this into a record", counted as skipped by the backend. */
export interface Unreadable {
  unreadable: string;
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** Checks the shape of one element of `incidents`; never throws, so one odd incident cannot fail a refresh. */
export function readIncident(raw: unknown): PagerDutyIncident | Unreadable {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const id = text(r.id);
  if (!id) return { unreadable: 'PagerDuty incident without an id' };
  const serviceId = text(r.service?.id);
  if (!serviceId) return { unreadable: `PagerDuty incident ${id}: no service` };
  const createdAt = text(r.created_at);
  if (!createdAt) {
    return { unreadable: `PagerDuty incident ${id}: no created_at` };
  }
  return {
    id,
    serviceId,
    createdAt,
    status: text(r.status) ?? 'triggered',
    title: text(r.title) ?? text(r.summary),
    priority: text(r.priority?.summary) ?? text(r.priority?.name),
    urgency: text(r.urgency),
    resolvedAt: text(r.resolved_at),
    lastStatusChangeAt: text(r.last_status_change_at),
  };
}

/** When a resolved incident was resolved; older payloads lack `resolved_at`, its last status change is then the one. */
export const resolutionTime = (incident: PagerDutyIncident) =>
  incident.status === 'resolved'
    ? incident.resolvedAt ?? incident.lastStatusChangeAt
    : undefined;

/** `P1`–`P4` as they are, `P5` as P4 (the records know four), else the urgency's priority. */
function priorityOf(
  incident: PagerDutyIncident,
  byUrgency: MappingContext['urgencyPriorities'],
): SlaPriority | undefined {
  const named = incident.priority?.toUpperCase();
  if (named && /^P[1-4]$/.test(named)) return named as SlaPriority;
  if (named === 'P5') return 'P4';
  const urgency = incident.urgency?.toLowerCase();
  return urgency === 'high' || urgency === 'low'
    ? byUrgency[urgency]
    : undefined;
}

/** The earliest `acknowledge_log_entry` (PagerDuty lists newest first, and an incident can be acknowledged again). */
export function firstAcknowledgement(entries: unknown[]): string | undefined {
  let first: { at: string; ms: number } | undefined;
  for (const entry of entries as Record<string, unknown>[]) {
    const at =
      entry?.type === 'acknowledge_log_entry' && text(entry.created_at);
    const ms = at ? Date.parse(at) : NaN;
    if (at && !Number.isNaN(ms) && (!first || ms < first.ms)) {
      first = { at, ms };
    }
  }
  return first?.at;
}

/**
 * A PagerDuty incident as an incident record. Response is the first acknowledgement; an incident resolved without
 * one was answered by its resolution. Times pass through as PagerDuty wrote them (UTC, with `Z`); the backend checks
 * the record again before it counts.
 */
export function toIncidentRecord(
  incident: PagerDutyIncident,
  context: MappingContext,
): IncidentRecord | Unreadable {
  const priority = priorityOf(incident, context.urgencyPriorities);
  if (!priority) {
    return {
      unreadable: `PagerDuty incident ${
        incident.id
      }: neither a priority P1-P5 nor an urgency (priority ${JSON.stringify(
        incident.priority ?? null,
      )}, urgency ${JSON.stringify(incident.urgency ?? null)})`,
    };
  }
  const resolvedAt = resolutionTime(incident);
  if (incident.status === 'resolved' && !resolvedAt) {
    return {
      unreadable: `PagerDuty incident ${incident.id}: resolved, but no resolved_at`,
    };
  }
  const respondedAt = context.acknowledgedAt ?? resolvedAt;
  return {
    id: `pagerduty:${incident.id}`,
    entityRef: context.entityRef,
    priority,
    openedAt: incident.createdAt,
    ...(respondedAt && { respondedAt }),
    ...(resolvedAt && { resolvedAt }),
    outage: context.outagePriorities.includes(priority),
    ...(incident.title && { summary: incident.title }),
  };
}
