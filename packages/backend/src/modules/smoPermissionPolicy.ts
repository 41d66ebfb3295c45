import {
  coreServices,
  createBackendModule,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';

/** Group whose members act for the Service Management Office (matches smo.handover.smoGroup). */
const SMO_GROUP = 'group:default/smo';

/** Actions the owners of an entity take on it. */
const OWNER_ACTIONS = [
  'smo.attestation.create',
  'smo.waiver.request',
  'smo.handover.submit',
];
/** Actions reserved to the SMO. */
const SMO_ACTIONS = ['smo.waiver.decide', 'smo.handover.decide'];
/** Re-evaluating on demand costs a catalog read and every fact provider: the SMO, or the entity's owners. */
const REFRESH = 'smo.readiness.refresh';

/**
 * The demo's permission policy, showing sensible defaults for the SMO plugins: owners attest,
 * request waivers, submit handovers and refresh readiness for what they own; SMO members decide
 * and may refresh anything; anyone signed in may sign off (the backend checks they hold the
 * role). Services may not refresh. Everything else is allowed, as in Backstage's allow-all demo
 * policy.
 */
export class SmoDemoPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const name = request.permission.name;
    // No user: a service calling on its own behalf; the SMO backend refuses those for decisions.
    const claims = user
      ? (await this.userInfo.getUserInfo(user.credentials)).ownershipEntityRefs
      : [];
    if (SMO_ACTIONS.includes(name)) {
      return {
        result: claims.includes(SMO_GROUP)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    if (name === REFRESH && !user) return { result: AuthorizeResult.DENY };
    if (name === REFRESH && claims.includes(SMO_GROUP)) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (
      (OWNER_ACTIONS.includes(name) || name === REFRESH) &&
      isResourcePermission(request.permission, 'catalog-entity')
    ) {
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'smo-demo-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, userInfo: coreServices.userInfo },
      async init({ policy, userInfo }) {
        policy.setPolicy(new SmoDemoPolicy(userInfo));
      },
    });
  },
});
