import { Caller, Harness, improvementRequest, refOf } from './harness';

/** How a route is guarded. Reads need any authenticated caller; mutations a permission. */
export type Guard =
  | { kind: 'read' }
  | {
      kind: 'mutation';
      permission: string;
      /** Whether a service token may call it (then its permission decides), or only users. */
      services: 'users-only' | 'by-permission';
      /** A user granted the permission (and, for sign-offs, holding the role). */
      permitted: Caller;
      success: number;
      auditEvent: string;
    };

export interface RouteCase {
  guard: Guard;
  /** Sets up what the route needs, on a component of its own; returns the request to make. */
  prepare(
    h: Harness,
    entityRef: string,
  ): Promise<{ path: string; body?: object }>;
}

/** A campaign over every component, for the routes that read one. */
export const MATRIX_CAMPAIGN = {
  id: 'matrix',
  title: 'TechDocs everywhere',
  owner: 'smo',
  target: { checks: ['docs.techdocs'] },
  start: '2026-01-01',
  deadline: '2099-01-01',
};

const read = (
  prepare: RouteCase['prepare'] = async () => ({ path: '' }),
): RouteCase => ({ guard: { kind: 'read' }, prepare });

const mutation = (
  permission: string,
  permitted: Caller,
  success: number,
  auditEvent: string,
  prepare: RouteCase['prepare'],
  services: 'users-only' | 'by-permission' = 'users-only',
): RouteCase => ({
  guard: {
    kind: 'mutation',
    permission,
    services,
    permitted,
    success,
    auditEvent,
  },
  prepare,
});

const entityPath = (ref: string) => ref.replace(':', '/');
/** The test portfolio's offering (smo-common testUtils), rolled up by every sweep. */
const ROLLED_UP = 'serviceoffering/default/online-checkout';

/**
 * Every route of the SMO API, keyed like the OpenAPI document (`METHOD /path/{param}`). A route
 * served or documented but missing here fails the authorization matrix.
 */
export const ROUTES: Record<string, RouteCase> = {
  'GET /health': read(async () => ({ path: '/health' })),
  'GET /checks': read(async () => ({ path: '/checks' })),
  'GET /readiness': read(async () => ({ path: '/readiness' })),
  'GET /readiness/{kind}/{namespace}/{name}': read(async (_, ref) => ({
    path: `/readiness/${entityPath(ref)}`,
  })),
  'GET /readiness/{kind}/{namespace}/{name}/history': read(async (_, ref) => ({
    path: `/readiness/${entityPath(ref)}/history`,
  })),
  'GET /gate/{kind}/{namespace}/{name}': read(async (_, ref) => ({
    path: `/gate/${entityPath(ref)}`,
  })),
  'GET /attestations': read(async (_, ref) => ({
    path: `/attestations?entityRef=${ref}`,
  })),
  'GET /waivers': read(async (_, ref) => ({
    path: `/waivers?entityRef=${ref}`,
  })),
  'GET /handovers': read(async () => ({ path: '/handovers?state=draft' })),
  'GET /handovers/{id}': read(async (h, ref) => ({
    path: `/handovers/${(await h.handoverIn('draft', ref)).id}`,
  })),
  'GET /decisions': read(async (_, ref) => ({
    path: `/decisions?entityRef=${ref}`,
  })),
  'GET /snapshots/{id}': read(async (h, ref) => {
    await h.handoverIn('submitted', ref);
    const log = await h.get('mallory', `/decisions?entityRef=${ref}`);
    const { snapshotId } = log.body.items.find((d: any) => d.snapshotId);
    return { path: `/snapshots/${snapshotId}` };
  }),
  'GET /expiring': read(async () => ({ path: '/expiring?days=30' })),
  'GET /service-levels': read(async () => ({ path: '/service-levels' })),
  // Roll-ups exist after a sweep: the matrix sweeps once before it starts.
  'GET /rollups': read(async () => ({ path: '/rollups' })),
  'GET /rollups/{kind}/{namespace}/{name}': read(async () => ({
    path: `/rollups/${ROLLED_UP}`,
  })),
  'GET /rollups/{kind}/{namespace}/{name}/history': read(async () => ({
    path: `/rollups/${ROLLED_UP}/history`,
  })),
  'GET /trend': read(async () => ({ path: '/trend' })),
  'GET /standard-changes': read(async () => ({ path: '/standard-changes' })),
  'GET /executive-summary': read(async () => ({
    path: '/executive-summary',
  })),
  // The matrix backend configures MATRIX_CAMPAIGN.
  'GET /campaigns': read(async () => ({ path: '/campaigns' })),
  'GET /campaigns/{id}': read(async () => ({
    path: `/campaigns/${MATRIX_CAMPAIGN.id}`,
  })),
  'GET /campaigns/{id}/members': read(async () => ({
    path: `/campaigns/${MATRIX_CAMPAIGN.id}/members`,
  })),
  'GET /service-levels/{kind}/{namespace}/{name}': read(async (_, ref) => ({
    path: `/service-levels/${entityPath(ref)}`,
  })),
  'GET /improvements': read(async () => ({ path: '/improvements' })),
  'GET /improvements/{id}': read(async (h, ref) => ({
    path: `/improvements/${(await h.improvementIn('proposed', ref)).id}`,
  })),
  'GET /improvement-suggestions': read(async () => ({
    path: '/improvement-suggestions',
  })),
  'GET /waiver-debt': read(async () => ({ path: '/waiver-debt?by=offering' })),

  'POST /readiness/{kind}/{namespace}/{name}/refresh': mutation(
    'smo.readiness.refresh',
    'alice',
    200,
    'readiness-refresh',
    async (_, ref) => ({ path: `/readiness/${entityPath(ref)}/refresh` }),
    'by-permission',
  ),
  'POST /attestations': mutation(
    'smo.attestation.create',
    'alice',
    201,
    'attestation-record',
    async (_, entityRef) => ({
      path: '/attestations',
      body: {
        entityRef,
        type: 'restore-tested',
        evidenceUrl: 'https://x.example/e',
      },
    }),
  ),
  'POST /waivers': mutation(
    'smo.waiver.request',
    'alice',
    201,
    'waiver-request',
    async (_, entityRef) => ({
      path: '/waivers',
      body: {
        entityRef,
        checkId: 'docs.techdocs',
        justification: 'later',
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    }),
  ),
  'POST /waivers/{id}/decision': mutation(
    'smo.waiver.decide',
    'sam',
    200,
    'waiver-decide',
    async (h, ref) => ({
      path: `/waivers/${await h.waiverIn('requested', ref)}/decision`,
      body: { decision: 'approve', comment: 'ok' },
    }),
  ),
  'POST /waivers/{id}/revoke': mutation(
    'smo.waiver.decide',
    'sam',
    200,
    'waiver-revoke',
    async (h, ref) => ({
      path: `/waivers/${await h.waiverIn('approved', ref)}/revoke`,
      body: { comment: 'fixed' },
    }),
  ),
  'POST /handovers': mutation(
    'smo.handover.submit',
    'alice',
    201,
    'handover-create',
    async (_, entityRef) => ({ path: '/handovers', body: { entityRef } }),
  ),
  'POST /handovers/{id}/transitions': mutation(
    'smo.handover.submit',
    'alice',
    200,
    'handover-transition',
    async (h, ref) => ({
      path: `/handovers/${(await h.handoverIn('draft', ref)).id}/transitions`,
      body: { action: 'submit', version: 1 },
    }),
  ),
  'POST /handovers/{id}/sign-offs': mutation(
    'smo.handover.sign-off',
    'alice',
    201,
    'handover-sign-off',
    async (h, ref) => ({
      path: `/handovers/${(await h.handoverIn('submitted', ref)).id}/sign-offs`,
      body: { role: 'service-owner', decision: 'approve' },
    }),
  ),
  'POST /improvements': mutation(
    'smo.improvement.create',
    'alice',
    201,
    'improvement-raise',
    async (_, ref) => ({
      path: '/improvements',
      body: improvementRequest(ref),
    }),
  ),
  'POST /improvements/{id}/transitions': mutation(
    'smo.improvement.approve',
    'jane',
    200,
    'improvement-transition',
    async (h, ref) => ({
      path: `/improvements/${
        (await h.improvementIn('proposed', ref)).id
      }/transitions`,
      body: { action: 'approve', version: 1 },
    }),
  ),
  'POST /improvements/{id}/close': mutation(
    'smo.improvement.update',
    'alice',
    200,
    'improvement-close',
    async (h, ref) => {
      const { id, version } = await h.improvementIn('in-progress', ref);
      return { path: `/improvements/${id}/close`, body: { version } };
    },
  ),
  'POST /improvements/{id}/evidence': mutation(
    'smo.improvement.update',
    'alice',
    200,
    'improvement-evidence',
    async (h, ref) => ({
      path: `/improvements/${
        (await h.improvementIn('proposed', ref)).id
      }/evidence`,
      body: { url: 'https://wiki.example/csi', title: 'Minutes' },
    }),
  ),
};

/** One component per route, so that scenarios do not meet. */
export const routeComponent = (route: string) =>
  refOf(
    `authz-${route
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`,
  );
