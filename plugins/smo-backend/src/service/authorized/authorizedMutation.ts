import {
  AuditorService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import { asJson, audited } from '../../audit';
import { Caller } from '../caller';
import { EntityVisibility } from './EntityVisibility';

/** What an Authorized* service wraps (`inner`) and what it checks and audits with. */
export interface AuthorizedOptions<I> {
  inner: I;
  visibility: EntityVisibility;
  auditor: AuditorService;
  permissions: PermissionsService;
}

/**
 * Authorizes a permission on a catalog entity. Conditional decisions (e.g. "owners only") are
 * resolved by the permission framework against the catalog, which owns the entity resource type.
 */
async function authorizeOn(
  permissions: PermissionsService,
  permission: ResourcePermission<'catalog-entity'>,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<void> {
  const [decision] = await permissions.authorize(
    [{ permission, resourceRef: entityRef }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Not allowed: ${permission.name} on ${entityRef}`,
    );
  }
}

/** One mutation of an Authorized* service: what it is, for the audit, and what it needs, for the permission check. */
export interface MutationOptions {
  caller: Caller;
  eventId: string;
  meta: JsonObject;
  permission: ResourcePermission<'catalog-entity'>;
  entityRef: string;
}

/**
 * Every mutation goes through here: an auditor event around the permission check and the work, so
 * refused attempts are audited as failures and successful ones with what the work reports.
 */
export function authorizedMutation(
  auditor: AuditorService,
  permissions: PermissionsService,
) {
  return function mutation<T>(
    options: MutationOptions,
    work: () => Promise<{ result: T; meta?: JsonObject }>,
  ): Promise<T> {
    const { caller, eventId, meta, permission, entityRef } = options;
    return audited(auditor, caller.request, eventId, meta, async () => {
      await authorizeOn(permissions, permission, entityRef, caller.credentials);
      return work();
    });
  };
}

export type Mutation = ReturnType<typeof authorizedMutation>;

/** Work whose result is a change, audited with the record before and after it. */
export function beforeAndAfter<T extends { before: unknown; after: unknown }>(
  change: () => Promise<T>,
): () => Promise<{ result: T; meta: JsonObject }> {
  return async () => {
    const result = await change();
    return {
      result,
      meta: { before: asJson(result.before), after: asJson(result.after) },
    };
  };
}

/** What a mutation is, for the audit and the permission check, besides who asks and on which entity. */
export type MutationKind = Pick<MutationOptions, 'eventId' | 'permission'>;

/**
 * The common ground of the Authorized* services that change things: the service they wrap (`inner`), the caller's
 * view of the catalog (`visibility`) and the audited, permission-checked `mutation`.
 */
export abstract class AuthorizedService<I> {
  protected readonly inner: I;
  protected readonly visibility: EntityVisibility;
  protected readonly mutation: Mutation;

  protected constructor(options: AuthorizedOptions<I>) {
    this.inner = options.inner;
    this.visibility = options.visibility;
    this.mutation = authorizedMutation(options.auditor, options.permissions);
  }

  /**
   * Creates a record for the entity the caller names, which they must see: a mutation of `kind` on the entity,
   * audited with the `record` of the result.
   */
  protected async createFor<R>(
    entityRef: string,
    caller: Caller,
    kind: MutationKind,
    create: (entityRef: string) => Promise<R>,
    record: (result: R) => unknown = result => result,
  ): Promise<R> {
    const ref = await this.visibility.entity(entityRef, caller.credentials);
    return this.mutation(
      { ...kind, caller, meta: { entityRef: ref }, entityRef: ref },
      async () => {
        const result = await create(ref);
        return { result, meta: { after: asJson(record(result)) } };
      },
    );
  }
}
