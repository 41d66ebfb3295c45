import { createExtensionPoint } from '@backstage/backend-plugin-api';

/**
 * The time a service-level computation asks incident sources about: incidents opened in it, or open or resolved
 * during it (outages that overlap it count for availability).
 *
 * @public
 */
export interface SmoIncidentWindow {
  from: Date;
  to: Date;
}

/**
 * A source of incident records: an ITSM tool, an on-call service, an export file.
 *
 * @public
 */
export interface SmoIncidentSource {
  /** Stable id, e.g. `servicenow`; named in logs and in the counts of skipped records. */
  id: string;
  /**
   * The incidents of the window, in the shape of `IncidentRecord` (plugin-smo-common): id, entityRef, priority,
   * openedAt, respondedAt, resolvedAt, outage, summary. Records come from outside, so each is checked before it counts;
   * a bad one is skipped with its reason and counted, never fatal. A source may return more than the window; only
   * what overlaps it is used. Incident ids must be unique across the sources configured together. An element
   * `{ unreadable: '<reason>' }` stands for something the source could not turn into a record at all (a line that is
   * not JSON, a row its mapping refused); it is counted as skipped with that reason.
   */
  read(window: SmoIncidentWindow): Promise<unknown[]>;
}

/**
 * Lets backend modules add incident sources (an ITSM or on-call connector) to service-level management.
 *
 * @public
 */
export interface SmoIncidentSourcesExtensionPoint {
  addIncidentSource(...sources: SmoIncidentSource[]): void;
}

/** @public */
export const smoIncidentSourcesExtensionPoint =
  createExtensionPoint<SmoIncidentSourcesExtensionPoint>({
    id: 'smo.incidentSources',
  });
