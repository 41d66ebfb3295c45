import {
  coreServices,
  createServiceFactory,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { smoPlugin } from '../plugin';
import { group, portfolio, readyComponent } from './fixtures';

/** Who belongs to what in the test organisation. */
export const MEMBERSHIPS: Record<string, string[]> = {
  'user:default/alice': ['group:default/team-a'], // developer, service owner of online-checkout
  'user:default/jane': [], // incident and change process owner (fixtures' ProcessOwners)
  'user:default/sam': ['group:default/smo'], // SMO approver
  'user:default/mallory': [],
};

/** The permissions each user is granted by the test policy. */
export const GRANTS: Record<string, string[]> = {
  'user:default/alice': [
    'smo.readiness.refresh',
    'smo.attestation.create',
    'smo.waiver.request',
    'smo.handover.submit',
    'smo.handover.sign-off',
  ],
  'user:default/jane': ['smo.handover.sign-off'],
  'user:default/sam': [
    'smo.readiness.refresh',
    'smo.waiver.decide',
    'smo.handover.decide',
    'smo.handover.sign-off',
  ],
  'user:default/mallory': [],
};

const userRef = (credentials: BackstageCredentials) =>
  (credentials.principal as { userEntityRef?: string }).userEntityRef ?? '';

export interface Recorded {
  audit: { eventId: string; outcome: 'success' | 'fail'; meta?: unknown }[];
  notifications: { recipients: unknown; title: string }[];
}

/** A backend with the SMO plugin, a catalog around `component:default/checkout`, and recorders. */
export async function startGatekeeperBackend(
  extraEntities: Entity[] = [],
  config: object = {},
) {
  const recorded: Recorded = { audit: [], notifications: [] };
  const jane: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'jane', namespace: 'default' },
    spec: {},
  };
  const { server } = await startTestBackend({
    features: [
      smoPlugin,
      catalogServiceMock.factory({
        entities: [
          ...portfolio(),
          group('smo'),
          jane,
          readyComponent(),
          ...extraEntities,
        ],
      }),
      mockServices.rootConfig.factory({ data: config }),
      createServiceFactory({
        service: coreServices.userInfo,
        deps: {},
        factory: () => ({
          getUserInfo: async (credentials: BackstageCredentials) => {
            const ref = userRef(credentials);
            return {
              userEntityRef: ref,
              ownershipEntityRefs: [ref, ...(MEMBERSHIPS[ref] ?? [])],
            };
          },
        }),
      }),
      createServiceFactory({
        service: coreServices.permissions,
        deps: {},
        factory: () => ({
          authorize: async (requests: any[], { credentials }: any) =>
            requests.map(r => ({
              result:
                credentials.principal.type === 'user' &&
                (GRANTS[userRef(credentials)] ?? []).includes(r.permission.name)
                  ? AuthorizeResult.ALLOW
                  : AuthorizeResult.DENY,
            })),
          authorizeConditional: async (requests: any[]) =>
            requests.map(() => ({ result: AuthorizeResult.DENY })),
        }),
      }),
      createServiceFactory({
        service: coreServices.auditor,
        deps: {},
        factory: () => ({
          createEvent: async ({ eventId }: { eventId: string }) => ({
            success: async (o?: { meta?: unknown }) => {
              recorded.audit.push({
                eventId,
                outcome: 'success',
                meta: o?.meta,
              });
            },
            fail: async () => {
              recorded.audit.push({ eventId, outcome: 'fail' });
            },
          }),
        }),
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async ({ recipients, payload }: any) => {
            recorded.notifications.push({ recipients, title: payload.title });
          },
        }),
      }),
    ],
  });
  return { server, recorded };
}
