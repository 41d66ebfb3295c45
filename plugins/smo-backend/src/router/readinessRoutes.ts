import {
  AuditorService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { smoReadinessRefreshPermission } from '@smo-backstage/plugin-smo-common';
import { Request } from 'express';
import { refKey } from '../catalog/refs';
import { blockerDetails } from '../service/blockerDetails';
import { ReadinessService } from '../service/ReadinessService';
import { ReadinessStore } from '../store/ReadinessStore';
import { Access } from './access';
import { authorizedMutation } from './authorize';
import { SmoRouter } from './openApiRouter';

type EntityPath = { kind: string; namespace: string; name: string };

/** Readiness of one entity, refresh, history, the portfolio list and the CI gate. */
export function readinessRoutes(
  router: SmoRouter,
  options: {
    access: Access;
    permissions: PermissionsService;
    auditor: AuditorService;
    catalog: CatalogService;
    readiness: ReadinessService;
    store: ReadinessStore;
    serveStoredDuringCatalogOutage?: 'none' | 'services';
  },
) {
  const { access, permissions, auditor, catalog, readiness, store } = options;
  const storedForServices =
    options.serveStoredDuringCatalogOutage === 'services';
  const mutation = authorizedMutation(auditor, permissions);

  /**
   * The path's entity, after checking the caller may read it in the catalog. Reads fail closed: when the catalog
   * cannot be asked, the answer is a 503 — unless `stored` reads are allowed for service principals
   * (`serveStoredDuringCatalogOutage: services`, e.g. for the CI gate) and the caller is one: then results already
   * in the store are served as they are, and their evaluatedAt shows how old they are.
   */
  async function readableRef(
    req: Request<EntityPath, any, any, any>,
    stored = false,
  ) {
    const params = req.params;
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
    // The validator has filled in the document's defaults; its types only know them as optional.
    const query = {
      ...req.query,
      sort: req.query.sort!,
      order: req.query.order!,
      limit: req.query.limit!,
      offset: req.query.offset!,
    };
    const lower = (v?: string) => v && refKey(v);
    // Counts and pages cover only what the caller may see, so no filter mix reveals a hidden entity's score.
    const page = await store.list(
      {
        ...query,
        owner: lower(query.owner),
        system: lower(query.system),
        offering: lower(query.offering),
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
}
