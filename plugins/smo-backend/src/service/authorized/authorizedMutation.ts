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
import { audited } from '../../audit';
import { Caller } from '../caller';

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
