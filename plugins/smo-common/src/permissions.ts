import { createPermission } from '@backstage/plugin-permission-common';

/** Re-evaluate an entity's readiness now. Reads follow the catalog's read permission instead. @public */
export const smoReadinessRefreshPermission = createPermission({
  name: 'smo.readiness.refresh',
  attributes: { action: 'update' },
});

/** Every SMO permission, for registration with the permissions registry. @public */
export const smoPermissions = [smoReadinessRefreshPermission];
