import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  SmoIncidentSource,
  SmoIncidentWindow,
} from '@smo-backstage/plugin-smo-node';
import { PagerDutyConfig } from './config';
import { PagerDutyClient, PagerDutyFetch } from './PagerDutyClient';
import {
  firstAcknowledgement,
  PagerDutyIncident,
  readIncident,
  resolutionTime,
  toIncidentRecord,
} from './toIncidentRecord';

/**
 * What a {@link PagerDutyIncidentSource} needs.
 *
 * @public
 */
export interface PagerDutyIncidentSourceOptions {
  /** From {@link readPagerDutyConfig}. */
  config: PagerDutyConfig;
  /** Read for the Components annotated `pagerduty.com/service-id`. */
  catalog: CatalogService;
  /** For the catalog read, with the plugin's own credentials. */
  auth: AuthService;
  /** Says which incidents were left out, and why a service maps to one of several Components. */
  logger: LoggerService;
  /** Default: the global `fetch`. */
  fetch?: PagerDutyFetch;
  /** How to wait before retrying a rate-limited request; default a real timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Default: a client made from `config`, `fetch` and `sleep`. */
  client?: PagerDutyClient;
}

/** The annotation of the PagerDuty plugin for Backstage, so catalogs that have it need nothing more. */
export const SERVICE_ID_ANNOTATION = 'pagerduty.com/service-id';

/** PagerDuty refuses longer since/until ranges. */
const MAX_RANGE_MS = 90 * 24 * 60 * 60 * 1000;
/** Log entries read at once: quick enough on a first read of a year, well inside PagerDuty's rate limit. */
const CONCURRENT_LOG_READS = 4;

async function mapLimited<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
  return results;
}

/**
 * Incidents from PagerDuty as incident records: the incidents created in the window, each attributed to the entity
 * its service maps to (`services` in config, else the Component annotated `pagerduty.com/service-id`), responded at
 * its first acknowledgement. Incidents of services mapped to nothing are someone else's and left out.
 *
 * @public
 */
export class PagerDutyIncidentSource implements SmoIncidentSource {
  /** Named in logs and in the counts of skipped records. */
  readonly id = 'pagerduty';
  private readonly client: PagerDutyClient;
  /** First acknowledgement of resolved incidents, which no longer change: a refresh skips their log entries. */
  private readonly acknowledged = new Map<
    string,
    { at: string | undefined; createdMs: number }
  >();

  constructor(private readonly options: PagerDutyIncidentSourceOptions) {
    const { config } = options;
    this.client =
      options.client ??
      new PagerDutyClient({
        token: config.token,
        baseUrl: config.baseUrl,
        pageSize: config.pageSize,
        maxRetries: config.maxRetries,
        fetch: options.fetch,
        sleep: options.sleep,
      });
  }

  /** Records of the incidents created in the window, and `{ unreadable }` for the ones that cannot be records. */
  async read(window: SmoIncidentWindow): Promise<unknown[]> {
    const { config, logger } = this.options;
    const [incidents, annotated] = await Promise.all([
      this.incidentsCreated(window.from, window.to),
      this.servicesInCatalog(),
    ]);

    const results: unknown[] = [];
    const mapped: { incident: PagerDutyIncident; entityRef: string }[] = [];
    const unmapped = new Map<string, number>();
    for (const raw of incidents) {
      const incident = readIncident(raw);
      if ('unreadable' in incident) {
        results.push(incident);
        continue;
      }
      const entityRef =
        config.services[incident.serviceId] ??
        annotated.get(incident.serviceId);
      if (entityRef) {
        mapped.push({ incident, entityRef });
      } else {
        unmapped.set(
          incident.serviceId,
          (unmapped.get(incident.serviceId) ?? 0) + 1,
        );
      }
    }

    const acknowledgements = await mapLimited(
      mapped,
      CONCURRENT_LOG_READS,
      ({ incident }) => this.firstAcknowledgement(incident),
    );
    mapped.forEach(({ incident, entityRef }, i) =>
      results.push(
        toIncidentRecord(incident, {
          entityRef,
          acknowledgedAt: acknowledgements[i],
          outagePriorities: config.outagePriorities,
          urgencyPriorities: config.urgencyPriorities,
        }),
      ),
    );

    if (unmapped.size > 0) {
      const count = [...unmapped.values()].reduce((a, b) => a + b, 0);
      logger.info(
        `PagerDuty: left out ${count} incidents of ${
          unmapped.size
        } services mapped to no entity (${[...unmapped.keys()]
          .slice(0, 10)
          .join(', ')}${unmapped.size > 10 ? ', …' : ''})`,
      );
    }
    // Incidents created before the window will not be asked for again while it moves forward.
    for (const [id, { createdMs }] of this.acknowledged) {
      if (createdMs < window.from.getTime()) this.acknowledged.delete(id);
    }
    return results;
  }

  /** Every incident created in the window, read in ranges PagerDuty accepts; an incident on a range's edge once. */
  private async incidentsCreated(from: Date, to: Date): Promise<unknown[]> {
    const byId = new Map<unknown, unknown>();
    const withoutId: unknown[] = [];
    for (let since = from.getTime(); since < to.getTime(); ) {
      const until = Math.min(since + MAX_RANGE_MS, to.getTime());
      for (const incident of await this.range(
        new Date(since),
        new Date(until),
      )) {
        const id = (incident as { id?: unknown } | null)?.id;
        if (id === undefined) withoutId.push(incident);
        else byId.set(id, incident);
      }
      since = until;
    }
    return [...byId.values(), ...withoutId];
  }

  /** One range; halved when it holds more incidents than PagerDuty's paging reaches (offset 10,000). */
  private async range(since: Date, until: Date): Promise<unknown[]> {
    const { items, complete } = await this.client.listIncidents(since, until);
    if (complete) return items;
    const span = until.getTime() - since.getTime();
    if (span <= 60_000) {
      throw new Error(
        `PagerDuty: more incidents created from ${since.toISOString()} to ${until.toISOString()} than its paging reaches`,
      );
    }
    const middle = new Date(since.getTime() + Math.floor(span / 2));
    return [
      ...(await this.range(since, middle)),
      ...(await this.range(middle, until)),
    ];
  }

  /** PagerDuty service id → entity ref, from the Components annotated with it. */
  private async servicesInCatalog(): Promise<Map<string, string>> {
    const { auth, catalog, logger } = this.options;
    const { items } = await catalog.getEntities(
      {
        filter: {
          kind: 'Component',
          [`metadata.annotations.${SERVICE_ID_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.annotations',
        ],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const refsByService = new Map<string, string[]>();
    for (const entity of items) {
      const serviceId =
        entity.metadata.annotations?.[SERVICE_ID_ANNOTATION]?.trim();
      if (!serviceId) continue;
      const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
      refsByService.set(serviceId, [
        ...(refsByService.get(serviceId) ?? []),
        ref,
      ]);
    }
    const result = new Map<string, string>();
    for (const [serviceId, refs] of refsByService) {
      refs.sort();
      // An incident counts once; the choice is stable, and the warning says how to make it deliberate.
      if (refs.length > 1 && !this.options.config.services[serviceId]) {
        logger.warn(
          `PagerDuty service ${serviceId} is annotated on ${refs.join(
            ', ',
          )}; its incidents count for ${
            refs[0]
          } (map it under smo.serviceLevels.pagerduty.services to choose)`,
        );
      }
      result.set(serviceId, refs[0]);
    }
    return result;
  }

  private async firstAcknowledgement(
    incident: PagerDutyIncident,
  ): Promise<string | undefined> {
    const cached = this.acknowledged.get(incident.id);
    if (cached) return cached.at;
    const at = firstAcknowledgement(
      await this.client.listLogEntries(incident.id),
    );
    if (resolutionTime(incident)) {
      this.acknowledged.set(incident.id, {
        at,
        createdMs: Date.parse(incident.createdAt),
      });
    }
    return at;
  }
}
