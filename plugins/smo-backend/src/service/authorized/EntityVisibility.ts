import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogReader } from '../../catalog/CatalogReader';
import { refKey } from '../../catalog/refs';

/**
 * Which entities a caller may see, asked of the catalog with the caller's credentials: SMO data about an entity is
 * shown only to who can read the entity itself.
 */
export class EntityVisibility {
  private constructor(
    private readonly catalog: CatalogService,
    private readonly permissions: PermissionsService,
    private readonly reader: CatalogReader,
  ) {}

  static create(options: {
    catalog: CatalogService;
    permissions: PermissionsService;
    reader: CatalogReader;
  }) {
    return new EntityVisibility(
      options.catalog,
      options.permissions,
      options.reader,
    );
  }

  /**
   * Which scored entities the caller may see, for lists and their counts: `undefined` for all of them (the caller's
   * catalog read is unconditional — the common case, and the fast path), else the set of refs, read from the catalog
   * with the caller's credentials when their read permission is conditional (empty when it is denied).
   */
  scored(
    credentials: BackstageCredentials,
  ): Promise<ReadonlySet<string> | undefined> {
    return this.visible(credentials, () =>
      this.reader.visibleScoredRefs(credentials),
    );
  }

  /** As {@link EntityVisibility.scored}, for the entities of one kind (`serviceoffering`, `group`, …). */
  ofKind(
    kind: string,
    credentials: BackstageCredentials,
  ): Promise<ReadonlySet<string> | undefined> {
    return this.visible(credentials, () =>
      this.reader.visibleRefs(kind, credentials),
    );
  }

  /** Whether the caller may read every catalog entity: their read permission is unconditional (all services). */
  async readsAll(credentials: BackstageCredentials): Promise<boolean> {
    return (await this.readDecision(credentials)) === AuthorizeResult.ALLOW;
  }

  private async visible(
    credentials: BackstageCredentials,
    read: () => Promise<ReadonlySet<string>>,
  ): Promise<ReadonlySet<string> | undefined> {
    const decision = await this.readDecision(credentials);
    if (decision === AuthorizeResult.ALLOW) return undefined;
    if (decision === AuthorizeResult.DENY) return new Set();
    return read();
  }

  private async readDecision(credentials: BackstageCredentials) {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    return decision.result;
  }

  /**
   * A list `read` with `filter`, for the caller: the entity the filter names must be one they can see (else a 404),
   * and only the items whose entity they can see are kept.
   */
  async list<F extends { entityRef?: string }, T extends { entityRef: string }>(
    filter: F,
    credentials: BackstageCredentials,
    read: (filter: F) => Promise<T[]>,
  ): Promise<T[]> {
    const entityRef =
      filter.entityRef && (await this.entity(filter.entityRef, credentials));
    return this.only(await read({ ...filter, entityRef }), credentials);
  }

  /** Keeps the items whose entity the caller can see in the catalog. */
  async only<T extends { entityRef: string }>(
    items: T[],
    credentials: BackstageCredentials,
  ): Promise<T[]> {
    if (items.length === 0) return items;
    const { items: found } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs: items.map(i => i.entityRef),
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    );
    return items.filter((_, i) => !!found[i]);
  }

  /** Keeps the items whose entity the caller can see, each with the entity's title (for display). A row whose entity left the catalog since the last sweep is dropped too. */
  async titled<T extends { entityRef: string }>(
    items: T[],
    credentials: BackstageCredentials,
  ): Promise<(T & { title?: string })[]> {
    if (items.length === 0) return items;
    const { items: found } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs: items.map(i => i.entityRef),
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
        ],
      },
      { credentials },
    );
    return items.flatMap((item, i) =>
      found[i] ? [{ ...item, title: found[i]!.metadata.title }] : [],
    );
  }

  /**
   * The canonical ref of an entity the caller can see in the catalog. A bad ref is a 400 naming
   * `field`; an unknown or invisible entity is a 404.
   */
  async entity(
    ref: unknown,
    credentials: BackstageCredentials,
    field = 'entityRef',
  ): Promise<string> {
    let canonical: string;
    try {
      canonical = refKey(
        stringifyEntityRef(
          parseEntityRef(String(ref), {
            defaultKind: 'component',
            defaultNamespace: 'default',
          }),
        ),
      );
    } catch (error) {
      throw new InputError(`Invalid ${field}: ${(error as Error).message}`);
    }
    if (!(await this.lookUp(canonical, credentials))) {
      throw new NotFoundError(`No entity ${canonical} in the catalog`);
    }
    return canonical;
  }

  /**
   * The canonical ref of a stored record's entity (a handover, waiver or snapshot found by id), if the caller can
   * see it. Otherwise the 404 is `notFound` — the same answer as for an id that does not exist — so it neither names
   * the hidden entity nor tells that the record exists.
   */
  async entityOf(
    entityRef: string,
    credentials: BackstageCredentials,
    notFound: string,
  ): Promise<string> {
    try {
      return await this.entity(entityRef, credentials);
    } catch (error) {
      if ((error as Error).name === 'NotFoundError') {
        throw new NotFoundError(notFound);
      }
      throw error;
    }
  }

  /** `record` (found by id), if the caller can see its entity; otherwise the 404 `notFound`, as by {@link entityOf}. */
  async record<T extends { entityRef: string }>(
    record: T,
    credentials: BackstageCredentials,
    notFound: string,
  ): Promise<T> {
    await this.entityOf(record.entityRef, credentials, notFound);
    return record;
  }

  /** The entity as the caller sees it; a catalog that fails (not a 4xx) is a 503 saying so. */
  private async lookUp(ref: string, credentials: BackstageCredentials) {
    try {
      return await this.catalog.getEntityByRef(ref, { credentials });
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        throw error;
      }
      throw new ServiceUnavailableError(
        `The catalog is unavailable, so ${ref} cannot be checked now: ${
          (error as Error).message
        }`,
      );
    }
  }
}
