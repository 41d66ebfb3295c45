import {
  HttpAuthService,
  PermissionsService,
  AuditorService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  smoReadinessRefreshPermission,
  TIERS,
} from '@smo-backstage/plugin-smo-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { refKey } from '../catalog/refs';
import { ReadinessService } from '../service/ReadinessService';
import { ReadinessStore } from '../store/ReadinessStore';
import { entityRefParams, parseInput } from './params';

export interface ReadinessRouteOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  readiness: ReadinessService;
  store: ReadinessStore;
}

const listQuery = z
  .object({
    owner: z.string().min(1).optional(),
    system: z.string().min(1).optional(),
    offering: z.string().min(1).optional(),
    verdict: z.enum(['ready', 'not-ready']).optional(),
    tier: z.enum(TIERS as [string, ...string[]]).optional(),
    minScore: z.coerce.number().int().min(0).max(100).optional(),
    maxScore: z.coerce.number().int().min(0).max(100).optional(),
    sort: z.enum(['score', 'entityRef']).default('score'),
    order: z.enum(['asc', 'desc']).default('asc'),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/** Readiness of one entity, refresh, history, the portfolio list and the CI gate. */
export function readinessRoutes(options: ReadinessRouteOptions) {
  const { httpAuth, permissions, auditor, catalog, readiness, store } = options;
  const router = Router();

  /** The entity ref of the path, after checking the caller may read the entity in the catalog. */
  async function readableRef(req: Request) {
    const params = parseInput(entityRefParams, req.params, 'path');
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const ref = `${params.kind}:${params.namespace}/${params.name}`;
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) throw new NotFoundError(`No entity ${ref} in the catalog`);
    return { params, credentials, ref: refKey(ref) };
  }

  router.get('/readiness', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const query = parseInput(listQuery, req.query, 'query');
    const lower = (v?: string) => v && refKey(v);
    const page = await store.list({
      ...query,
      owner: lower(query.owner),
      system: lower(query.system),
      offering: lower(query.offering),
      verdict: query.verdict as 'ready' | 'not-ready' | undefined,
      tier: query.tier as (typeof TIERS)[number] | undefined,
    });
    // Drop rows the caller may not see in the catalog.
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: page.items.map(i => i.entityRef),
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
        ],
      },
      { credentials },
    );
    res.json({
      totalCount: page.totalCount,
      offset: query.offset,
      limit: query.limit,
      items: page.items.flatMap((item, i) =>
        items[i] ? [{ ...item, title: items[i]!.metadata.title }] : [],
      ),
    });
  });

  router.get('/readiness/:kind/:namespace/:name', async (req, res) => {
    const { params } = await readableRef(req);
    res.json(await readiness.get(params));
  });

  router.post('/readiness/:kind/:namespace/:name/refresh', async (req, res) => {
    const { params, credentials, ref } = await readableRef(req);
    const event = await auditor.createEvent({
      eventId: 'readiness-refresh',
      severityLevel: 'low',
      request: req,
      meta: { entityRef: ref },
    });
    try {
      const [decision] = await permissions.authorize(
        [{ permission: smoReadinessRefreshPermission }],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(`Not allowed to refresh readiness of ${ref}`);
      }
      const result = await readiness.refresh(params);
      await event.success({
        meta: { verdict: result.verdict, score: result.score },
      });
      res.json(result);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  router.get('/readiness/:kind/:namespace/:name/history', async (req, res) => {
    const { ref } = await readableRef(req);
    res.json({ entityRef: ref, items: await store.history(ref) });
  });

  router.get('/gate/:kind/:namespace/:name', async (req, res) => {
    const { params } = await readableRef(req);
    const result = await readiness.get(params);
    const blockers = result.checks
      .filter(c => result.blockers.includes(c.id))
      .map(({ id, title, status, message, howToFix }) => ({
        id,
        title,
        status,
        message,
        howToFix,
      }));
    res.json({
      entityRef: result.entityRef,
      pass: result.verdict === 'ready',
      verdict: result.verdict,
      score: result.score,
      evaluatedAt: result.evaluatedAt,
      blockers,
    });
  });

  return router;
}
