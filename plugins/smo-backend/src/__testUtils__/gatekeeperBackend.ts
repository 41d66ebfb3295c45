import {
  BackendFeature,
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ServiceUnavailableError } from '@backstage/errors';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { notificationService } from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { smoPlugin } from '../plugin';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { group, portfolio, processOwner, readyComponent } from './fixtures';
import { componentsNamed, Harness } from './harness';

/** Who belongs to what in the test organisation. */
export const MEMBERSHIPS: Record<string, string[]> = {
  'user:default/alice': ['group:default/team-a'], // developer, service owner of online-checkout
  'user:default/jane': [], // incident and continual-improvement process owner (fixtures' ProcessOwners)
  'user:default/carl': [], // change process owner
  'user:default/sam': ['group:default/smo'], // SMO approver
  'user:default/mallory': [],
  // Holds every permission and the SMO and service-owner roles, like the demo's guest: what separation of duties stops.
  'user:default/gus': ['group:default/smo', 'group:default/team-a'],
};

/** The permissions each user is granted by the test policy. */
export const GRANTS: Record<string, string[]> = {
  'user:default/alice': [
    'smo.readiness.refresh',
    'smo.attestation.create',
    'smo.waiver.request',
    'smo.handover.submit',
    'smo.handover.sign-off',
    'smo.improvement.create',
    'smo.improvement.update',
  ],
  'user:default/jane': ['smo.handover.sign-off', 'smo.improvement.approve'],
  // Granted the approval too, but neither owns a continual-improvement ProcessOwner nor is in the SMO group.
  'user:default/carl': ['smo.handover.sign-off', 'smo.improvement.approve'],
  'user:default/sam': [
    'smo.readiness.refresh',
    'smo.waiver.decide',
    'smo.handover.decide',
    'smo.handover.sign-off',
  ],
  'user:default/mallory': [],
  'user:default/gus': [
    'smo.readiness.refresh',
    'smo.attestation.create',
    'smo.waiver.request',
    'smo.waiver.decide',
    'smo.handover.submit',
    'smo.handover.decide',
    'smo.handover.sign-off',
    'smo.improvement.create',
    'smo.improvement.update',
    'smo.improvement.approve',
  ],
};

/** Service principals (e.g. a CI pipeline's token) may refresh readiness, nothing else. */
export const SERVICE_GRANTS = ['smo.readiness.refresh'];

const userRef = (credentials: BackstageCredentials) =>
  (credentials.principal as { userEntityRef?: string }).userEntityRef ?? '';

export interface Recorded {
  audit: {
    eventId: string;
    outcome: 'success' | 'fail';
    /** What the route said the event is about (entity, handover, …). */
    request?: unknown;
    meta?: unknown;
  }[];
  notifications: { recipients: unknown; title: string }[];
}

export interface GatekeeperBackendOptions {
  /** The plugin's database, e.g. from TestDatabases; SQLite in memory by default. */
  knex?: Knex;
  /** More modules, e.g. one contributing checks through the smo-node extension point. */
  features?: BackendFeature[];
  /** Group memberships the catalog holds, when they differ from what users' tokens say ({@link MEMBERSHIPS}). */
  catalogMemberships?: Record<string, string[]>;
  /** Entities the catalog hides from a user, as a permission policy would: user ref → entity refs. */
  hiddenFrom?: Record<string, string[]>;
}

/** A switch that makes every catalog call fail as if the catalog were down. */
export interface CatalogOutage {
  down: boolean;
}

/**
 * A backend with the SMO plugin, a catalog around `component:default/checkout`, recorders, a
 * catalog outage switch and the mock scheduler (tasks run only when triggered).
 */
export async function startGatekeeperBackend(
  extraEntities: Entity[] = [],
  config: object = {},
  options: GatekeeperBackendOptions = {},
) {
  const recorded: Recorded = { audit: [], notifications: [] };
  const outage: CatalogOutage = { down: false };
  const scheduler = mockServices.scheduler() as SchedulerService & {
    factory(o?: { skipTaskRunOnStartup?: boolean }): ServiceFactory;
  };
  // The test organisation's users, with the memberships the catalog would relate them to.
  const users: Entity[] = Object.entries(
    options.catalogMemberships ?? MEMBERSHIPS,
  ).map(([ref, groups]) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: ref.split('/')[1], namespace: 'default' },
    spec: { memberOf: groups },
    relations: groups.map(targetRef => ({ type: 'memberOf', targetRef })),
  }));
  const { server } = await startTestBackend({
    features: [
      smoPlugin,
      ...(options.features ?? []),
      createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () =>
          failingWhenDown(
            hiding(
              catalogServiceMock({
                entities: [
                  ...portfolio(),
                  group('smo'),
                  // jane approves improvements (the CSI register is organisation-wide).
                  processOwner('improvement', 'continual-improvement'),
                  ...users,
                  readyComponent(),
                  ...extraEntities,
                ],
              }),
              options.hiddenFrom ?? {},
            ),
            outage,
          ),
      }),
      scheduler.factory({ skipTaskRunOnStartup: true }),
      ...(options.knex
        ? [mockServices.database.factory({ knex: options.knex })]
        : []),
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
              result: (credentials.principal.type === 'user'
                ? GRANTS[userRef(credentials)] ?? []
                : SERVICE_GRANTS
              ).includes(r.permission.name)
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
            })),
          // Catalog reads: conditional for a user the catalog hides entities from (the catalog double applies it),
          // unconditional otherwise.
          authorizeConditional: async (requests: any[], { credentials }: any) =>
            requests.map(() =>
              options.hiddenFrom?.[userRef(credentials)]
                ? ({
                    result: AuthorizeResult.CONDITIONAL,
                    pluginId: 'catalog',
                    resourceType: 'catalog-entity',
                    conditions: { rule: 'HIDDEN_IN_TEST', params: {} },
                  } as any)
                : { result: AuthorizeResult.ALLOW },
            ),
        }),
      }),
      createServiceFactory({
        service: coreServices.auditor,
        deps: {},
        factory: () => ({
          createEvent: async ({
            eventId,
            meta: request,
          }: {
            eventId: string;
            meta?: unknown;
          }) => ({
            success: async (o?: { meta?: unknown }) => {
              recorded.audit.push({
                eventId,
                outcome: 'success',
                request,
                meta: o?.meta,
              });
            },
            fail: async () => {
              recorded.audit.push({ eventId, outcome: 'fail', request });
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
  return { server, recorded, outage, scheduler };
}

/** Wraps a catalog so that the entity lookups by ref do not find what `hiddenFrom` hides from the caller. */
function hiding<T extends object>(
  catalog: T,
  hiddenFrom: Record<string, string[]>,
): T {
  const hides = (options: unknown, ref: string) =>
    (
      hiddenFrom[
        userRef((options as { credentials: BackstageCredentials }).credentials)
      ] ?? []
    ).includes(ref.toLocaleLowerCase('en-US'));
  return new Proxy(catalog, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      if (prop === 'getEntityByRef') {
        return async (ref: string, options: unknown) =>
          hides(options, ref) ? undefined : value.call(target, ref, options);
      }
      if (prop === 'queryEntities') {
        return async (request: unknown, options: unknown) => {
          const page = await value.call(target, request, options);
          return {
            ...page,
            items: page.items.filter(
              (entity: Entity) => !hides(options, stringifyEntityRef(entity)),
            ),
          };
        };
      }
      if (prop === 'getEntitiesByRefs') {
        return async (request: { entityRefs: string[] }, options: unknown) => {
          const answer = await value.call(target, request, options);
          return {
            items: answer.items.map((item: unknown, i: number) =>
              hides(options, request.entityRefs[i]) ? null : item,
            ),
          };
        };
      }
      return value.bind(target); // the mock keeps its state in private fields
    },
  });
}

/** Wraps a catalog so that every call throws a 503 while `outage.down` is set. */
function failingWhenDown<T extends object>(
  catalog: T,
  outage: CatalogOutage,
): T {
  return new Proxy(catalog, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (outage.down) {
          return Promise.reject(
            new ServiceUnavailableError('catalog is unavailable (test outage)'),
          );
        }
        return value.apply(target, args);
      };
    },
  });
}

/**
 * A gatekeeper backend over the test database `databaseId` (freshly initialised) with a ready component for each of
 * `names`, and a {@link Harness} that calls it.
 */
export async function gatekeeperHarness(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  names: string[],
): Promise<{ db: Knex; h: Harness }> {
  const db = await databases.init(databaseId);
  const { server } = await startGatekeeperBackend(
    componentsNamed(names),
    {},
    { knex: db },
  );
  return { db, h: new Harness(server) };
}
