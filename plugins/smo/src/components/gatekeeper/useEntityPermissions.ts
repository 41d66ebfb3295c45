import { usePermission } from '@backstage/plugin-permission-react';
import {
  smoAttestationCreatePermission,
  smoHandoverDecidePermission,
  smoHandoverSignOffPermission,
  smoHandoverSubmitPermission,
  smoImprovementApprovePermission,
  smoImprovementUpdatePermission,
  smoWaiverDecidePermission,
  smoWaiverRequestPermission,
} from '@smo-backstage/plugin-smo-common';

/** Whether the signed-in user may do something on one entity: `allowed` stays false while the answer loads. */
export interface PermissionAnswer {
  allowed: boolean;
  loading: boolean;
  /** The permission's name, to say which one is missing. */
  name: string;
}

function useEntityPermission(
  permission: typeof smoHandoverSubmitPermission,
  entityRef: string,
): PermissionAnswer {
  const { allowed, loading } = usePermission({
    permission,
    resourceRef: entityRef,
  });
  return { allowed, loading, name: permission.name };
}

/** The workflow permissions of the Governance tab's entity (resource permissions on the catalog entity). */
export function useHandoverPermissions(entityRef: string) {
  return {
    submit: useEntityPermission(smoHandoverSubmitPermission, entityRef),
    decide: useEntityPermission(smoHandoverDecidePermission, entityRef),
    signOff: useEntityPermission(smoHandoverSignOffPermission, entityRef),
  };
}

export function useWaiverPermissions(entityRef: string) {
  return {
    request: useEntityPermission(smoWaiverRequestPermission, entityRef),
    decide: useEntityPermission(smoWaiverDecidePermission, entityRef),
  };
}

export function useAttestationPermission(entityRef: string) {
  return useEntityPermission(smoAttestationCreatePermission, entityRef);
}

/** Approve or abandon (the process owner or the SMO), and start, close or link evidence (the owner), on its entity. */
export function useImprovementPermissions(entityRef: string) {
  return {
    approve: useEntityPermission(smoImprovementApprovePermission, entityRef),
    update: useEntityPermission(smoImprovementUpdatePermission, entityRef),
  };
}
