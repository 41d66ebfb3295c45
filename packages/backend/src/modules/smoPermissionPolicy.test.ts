import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  smoAttestationCreatePermission,
  smoHandoverDecidePermission,
  smoHandoverSignOffPermission,
  smoReadinessRefreshPermission,
  smoWaiverDecidePermission,
} from '@smo-backstage/plugin-smo-common';
import { SmoDemoPolicy } from './smoPermissionPolicy';

const MEMBERSHIPS: Record<string, string[]> = {
  'user:default/grace.kim': ['group:default/team-checkout'],
  'user:default/amelia.hart': ['group:default/smo'],
};

const user = (userEntityRef: string) => ({
  credentials: mockCredentials.user(userEntityRef),
  info: { userEntityRef, ownershipEntityRefs: [] },
});

describe('SmoDemoPolicy', () => {
  const policy = new SmoDemoPolicy({
    getUserInfo: async credentials => {
      const ref = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      return {
        userEntityRef: ref,
        ownershipEntityRefs: [ref, ...MEMBERSHIPS[ref]],
      };
    },
  });
  const developer = user('user:default/grace.kim');
  const smo = user('user:default/amelia.hart');

  const resultFor = async (
    permission: Parameters<typeof policy.handle>[0]['permission'],
    who?: ReturnType<typeof user>,
  ) => (await policy.handle({ permission }, who)).result;
  /** The developer's claims: the condition that lets them act on what they own. */
  const developerOwns = {
    rule: 'IS_ENTITY_OWNER',
    resourceType: 'catalog-entity',
    params: {
      claims: ['user:default/grace.kim', 'group:default/team-checkout'],
    },
  };

  it('lets only SMO members decide waivers and handovers', async () => {
    for (const permission of [
      smoWaiverDecidePermission,
      smoHandoverDecidePermission,
    ]) {
      expect(await resultFor(permission, smo)).toBe(AuthorizeResult.ALLOW);
      expect(await resultFor(permission, developer)).toBe(AuthorizeResult.DENY);
      expect(await resultFor(permission)).toBe(AuthorizeResult.DENY);
    }
  });

  it('lets owners attest, through a catalog ownership condition', async () => {
    expect(
      await policy.handle(
        { permission: smoAttestationCreatePermission },
        developer,
      ),
    ).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: developerOwns,
    });
  });

  it('lets the SMO refresh anything and owners what they own; services not at all', async () => {
    const permission = smoReadinessRefreshPermission;
    expect(await resultFor(permission, smo)).toBe(AuthorizeResult.ALLOW);
    expect(await policy.handle({ permission }, developer)).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: developerOwns,
    });
    expect(await resultFor(permission)).toBe(AuthorizeResult.DENY);
  });

  it('lets anyone signed in sign off; the backend checks the role', async () => {
    expect(await resultFor(smoHandoverSignOffPermission, developer)).toBe(
      AuthorizeResult.ALLOW,
    );
  });
});
