import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogReader } from '../catalog/CatalogReader';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Request } from 'express';

/** Any request, whatever the document types its params, query and body as. */
type AnyRequest = Request<any, any, any, any>;
import { refKey } from '../catalog/refs';
import { Actor } from '../gatekeeper/HandoverService';

/** Authentication and entity visibility shared by the routes. */
export class Access {
  private constructor(
    private readonly httpAuth: HttpAuthService,
    private readonly catalog: CatalogService,
    private readonly permissions: PermissionsService,
    private readonly catalogReader: CatalogReader,
  ) {}

  static create(options: {
    httpAuth: HttpAuthService;
    catalog: CatalogService;
    permissions: PermissionsService;
    reader: CatalogReader;
  }) {
    return new Access(
      options.httpAuth,
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
  async visibleScored(
    credentials: BackstageCredentials,
  ): Promise<ReadonlySet<string> | undefined> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return undefined;
    if (decision.result === AuthorizeResult.DENY) return new Set();
    return this.catalogReader.visibleScoredRefs(credentials);
  }

  /** Any authenticated caller, user or service: for reads. */
  reader(req: AnyRequest): Promise<BackstageCredentials> {
    return this.httpAuth.credentials(req, { allow: ['user', 'service'] });
  }

  /** A signed-in user: for mutations (a service token gets 403). */
  async actor(
    req: AnyRequest,
  ): Promise<{ credentials: BackstageCredentials<any>; actor: Actor }> {
    const credentials = await this.httpAuth.credentials(req, {
      allow: ['user'],
    });
    // Only who it is: what they belong to is read from the catalog where it matters (sign-off roles).
    return {
      credentials,
      actor: { userEntityRef: refKey(credentials.principal.userEntityRef) },
    };
  }

  /** Keeps the items whose entity the caller can see in the catalog. */
  async visibleOnly<T extends { entityRef: string }>(
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

  /**
   * The canonical ref of an entity the caller can see in the catalog. A bad ref is a 400 naming
   * `field`; an unknown or invisible entity is a 404.
   */
  async visibleEntity(
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
  async visibleEntityOf(
    entityRef: string,
    credentials: BackstageCredentials,
    notFound: string,
  ): Promise<string> {
    try {
      return await this.visibleEntity(entityRef, credentials);
    } catch (error) {
      if ((error as Error).name === 'NotFoundError') {
        throw new NotFoundError(notFound);
      }
      throw error;
    }
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
