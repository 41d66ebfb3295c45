import {
  AuditorService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  smoReadinessRefreshPermission,
  TIERS,
} from '@smo-backstage/plugin-smo-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { refKey } from '../catalog/refs';
import { blockerDetails } from '../service/blockerDetails';
import { ReadinessService } from '../service/ReadinessService';
import { ReadinessStore } from '../store/ReadinessStore';
import { Access } from './access';
import { authorizedMutation } from './authorize';
import { entityRefParams, parseInput } from './params';

const listQuery = z
  .object({
    owner: z.string().min(1).max(512).optional(),
    system: z.string().min(1).max(512).optional(),
    offering: z.string().min(1).max(512).optional(),
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
export function readinessRoutes(options: {
  access: Access;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  readiness: ReadinessService;
  store: ReadinessStore;
  serveStoredDuringCatalogOutage?: 'none' | 'services';
}) {
  const { access, permissions, auditor, catalog, readiness, store } = options;
  const storedForServices =
    options.serveStoredDuringCatalogOutage === 'services';
  const router = Router();
  const mutation = authorizedMutation(auditor, permissions);

  /**
   * The path's entity, after checking the caller may read it in the catalog. Reads fail closed: when the catalog
   * cannot be asked, the answer is a 503 — unless `stored` reads are allowed for service principals
   * (`serveStoredDuringCatalogOutage: services`, e.g. for the CI gate) and the caller is one: then results already
   * in the store are served as they are, and their evaluatedAt shows how old they are.
   */
  async function readableRef(req: Request, stored = false) {
    const params = parseInput(entityRefParams, req.params, 'path');
    const credentials = await access.reader(req);
    const wanted = `${params.kind}:${params.namespace}/${params.name}`;
    try {
      const ref = await access.visibleEntity(wanted, credentials, 'path');
      return { params, credentials, ref };
    } catch (error) {
      if (
        stored &&
        storedForServices &&
        (credentials.principal as { type?: string }).type === 'service' &&
        (error as Error).name === 'ServiceUnavailableError' &&
        (await store.get(refKey(wanted)))
      ) {
        return { params, credentials, ref: refKey(wanted) };
      }
      throw error;
    }
  }

  router.get('/readiness', async (req, res) => {
    const credentials = await access.reader(req);
    const query = parseInput(listQuery, req.query, 'query');
    const lower = (v?: string) => v && refKey(v);
    // Counts and pages cover only what the caller may see, so no filter mix reveals a hidden entity's score.
    const page = await store.list(
      {
        ...query,
        owner: lower(query.owner),
        system: lower(query.system),
        offering: lower(query.offering),
        verdict: query.verdict as 'ready' | 'not-ready' | undefined,
        tier: query.tier as (typeof TIERS)[number] | undefined,
      },
      await access.visibleScored(credentials),
    );
    // Titles for display; a row whose entity left the catalog since the last sweep is dropped.
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
    const { params } = await readableRef(req, true);
    res.json(await readiness.get(params));
  });

  router.post('/readiness/:kind/:namespace/:name/refresh', async (req, res) => {
    const { params, credentials, ref } = await readableRef(req);
    const result = await mutation(
      {
        req,
        credentials,
        eventId: 'readiness-refresh',
        meta: { entityRef: ref },
        permission: smoReadinessRefreshPermission,
        entityRef: ref,
      },
      async () => {
        const refreshed = await readiness.refresh(params);
        return {
          result: refreshed,
          meta: {
            after: { verdict: refreshed.verdict, score: refreshed.score },
          },
        };
      },
    );
    res.json(result);
  });

  router.get('/readiness/:kind/:namespace/:name/history', async (req, res) => {
    const { ref } = await readableRef(req, true);
    res.json({ entityRef: ref, items: await store.history(ref) });
  });

  router.get('/gate/:kind/:namespace/:name', async (req, res) => {
    const { params } = await readableRef(req, true);
    const result = await readiness.get(params);
    const blockers = blockerDetails(result);
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
