import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import {
  AlertApi,
  alertApiRef,
  configApiRef,
  identityApiRef,
  RouteRef,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  PermissionApi,
  permissionApiRef,
} from '@backstage/plugin-permission-react';
import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  TestApiProvider,
  mockApis,
  renderInTestApp,
} from '@backstage/test-utils';
import { SmoApi, smoApiRef } from '../../api/SmoApi';

const METHODS = [
  'getHealth',
  'getReadiness',
  'refreshReadiness',
  'listReadiness',
  'getHistory',
  'getChecks',
  'listAttestations',
  'recordAttestation',
  'listWaivers',
  'requestWaiver',
  'decideWaiver',
  'revokeWaiver',
  'listHandovers',
  'createHandover',
  'getHandover',
  'transitionHandover',
  'signOffHandover',
  'listDecisions',
  'getSnapshot',
  'getExpiring',
  'getServiceLevels',
  'listServiceLevels',
  'listRollups',
  'getRollup',
  'getRollupHistory',
  'getPortfolioTrend',
  'listStandardChanges',
  'getExecutiveSummary',
  'listCampaigns',
  'getCampaign',
  'listCampaignMembers',
  'listImprovements',
  'raiseImprovement',
  'getImprovement',
  'transitionImprovement',
  'closeImprovement',
  'linkImprovementEvidence',
  'listImprovementSuggestions',
  'getWaiverDebt',
] as const;

/** An SMO API of jest mocks; a method the test does not provide rejects, naming itself. */
export function mockSmoApi(impl: Partial<SmoApi> = {}): jest.Mocked<SmoApi> {
  const missing = (name: string) => async () => {
    throw new Error(`${name} not mocked`);
  };
  return Object.fromEntries(
    METHODS.map(name => [
      name,
      jest.fn((impl[name] as (...args: any[]) => any) ?? missing(name)),
    ]),
  ) as unknown as jest.Mocked<SmoApi>;
}

/** The error the SMO client throws for an HTTP status. */
export function responseError(
  status: number,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: {
          name: status === 403 ? 'NotAllowedError' : 'NotFoundError',
          message,
        },
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ) as any,
  );
}

/** An SMO API method that always fails the way the SMO client does for an HTTP status. */
export function rejectingWith(status: number, message = 'no') {
  return async (..._args: unknown[]): Promise<never> => {
    throw await responseError(status, message);
  };
}

/** A permission API answering every request with `result`. */
export function permissionAnswering(allowed: boolean): PermissionApi {
  return {
    authorize: jest.fn(async () => ({
      result: allowed ? 'ALLOW' : 'DENY',
    })) as unknown as PermissionApi['authorize'],
  };
}

/** A permission API (the test utils' mock) allowing exactly the permissions `permit` names. */
export function permissionsAllowing(permit: (name: string) => boolean) {
  // The AuthorizeResult enum's values, typed through the mock so this package needs no permission-common import.
  type Authorize = Extract<
    NonNullable<Parameters<typeof mockApis.permission>[0]>['authorize'],
    Function
  >;
  const authorize = (request: Parameters<Authorize>[0]) =>
    (permit(request.permission.name)
      ? 'ALLOW'
      : 'DENY') as ReturnType<Authorize>;
  return mockApis.permission({ authorize });
}

/** Renders an element on `entity`'s page with the given SMO, permission and alert APIs. */
export function renderWithSmo(
  element: ReactElement,
  options: {
    smoApi: SmoApi;
    entity?: Entity;
    allowed?: boolean;
    /** A permission API of its own, e.g. from `permissionsAllowing`; `allowed` answers every request otherwise. */
    permissionApi?: PermissionApi;
    alertApi?: AlertApi;
    /** Frontend config, e.g. `{ smo: { waivers: { maxDays: 30 } } }`. */
    config?: object;
    /** The signed-in user; `user:default/tester` (nobody in the fixtures) when left out. */
    me?: string;
    path?: string;
    mountedRoutes?: Record<string, RouteRef>;
  },
) {
  const alertApi = options.alertApi ?? {
    post: jest.fn(),
    alert$: jest.fn() as any,
  };
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [smoApiRef, options.smoApi],
        [
          permissionApiRef,
          options.permissionApi ?? permissionAnswering(options.allowed ?? true),
        ],
        [alertApiRef, alertApi],
        [catalogApiRef, catalogApiMock({ entities: [] })],
        [configApiRef, mockApis.config({ data: options.config ?? {} })],
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: options.me ?? 'user:default/tester',
          }),
        ],
      ]}
    >
      {content}
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        ...options.mountedRoutes,
      },
      routeEntries: options.path ? [options.path] : undefined,
    },
  );
}
