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

  it('lets only SMO members decide waivers and handovers', async () => {
    for (const permission of [
      smoWaiverDecidePermission,
      smoHandoverDecidePermission,
    ]) {
      expect((await policy.handle({ permission }, smo)).result).toBe(
        AuthorizeResult.ALLOW,
      );
      expect((await policy.handle({ permission }, developer)).result).toBe(
        AuthorizeResult.DENY,
      );
      expect((await policy.handle({ permission })).result).toBe(
        AuthorizeResult.DENY,
      );
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
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: {
          claims: ['user:default/grace.kim', 'group:default/team-checkout'],
        },
      },
    });
  });

  it('lets the SMO refresh anything and owners what they own; services not at all', async () => {
    const permission = smoReadinessRefreshPermission;
    expect((await policy.handle({ permission }, smo)).result).toBe(
      AuthorizeResult.ALLOW,
    );
    expect(await policy.handle({ permission }, developer)).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        params: {
          claims: ['user:default/grace.kim', 'group:default/team-checkout'],
        },
      },
    });
    expect((await policy.handle({ permission })).result).toBe(
      AuthorizeResult.DENY,
    );
  });

  it('lets anyone signed in sign off; the backend checks the role', async () => {
    expect(
      (
        await policy.handle(
          { permission: smoHandoverSignOffPermission },
          developer,
        )
      ).result,
    ).toBe(AuthorizeResult.ALLOW);
  });
});
