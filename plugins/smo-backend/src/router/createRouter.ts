import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CatalogReader } from '../catalog/CatalogReader';
import { NotFoundError } from '@backstage/errors';
import express from 'express';
import { EvidenceService } from '../gatekeeper/EvidenceService';
import { HandoverService } from '../gatekeeper/HandoverService';
import { ReadinessService } from '../service/ReadinessService';
import { Gatekeeper } from '../store/Gatekeeper';
import { ReadinessStore } from '../store/ReadinessStore';
import { Access } from './access';
import { decisionRoutes } from './decisionRoutes';
import { evidenceRoutes } from './evidenceRoutes';
import { handoverRoutes } from './handoverRoutes';
import { readinessRoutes } from './readinessRoutes';
import { createOpenApiRouter } from '../schema/openapi/generated/router';

/** Dependencies of the SMO HTTP API. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  /** The catalog reads of the readiness engine; lists use it for what a caller may see. */
  reader: CatalogReader;
  readiness: ReadinessService;
  store: ReadinessStore;
  gatekeeper: Gatekeeper;
  evidence: EvidenceService;
  handovers: HandoverService;
  /** See `smo.readiness.serveStoredDuringCatalogOutage`; `none` when left out. */
  serveStoredDuringCatalogOutage?: 'none' | 'services';
}

/** Builds the `/api/smo` router; every route requires an authenticated user or service. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const access = Access.create(options);
  // Requests are validated against the OpenAPI document before any handler runs; a bad one is a 400 naming the field.
  // Authentication is Backstage's (httpAuth, per route); the document's `security` only describes it.
  const router = await createOpenApiRouter({
    middleware: [express.json({ limit: '64kb' })],
    validatorOptions: { validateSecurity: false },
  });

  router.get('/health', async (req, res) => {
    await access.reader(req);
    res.json({ status: 'ok' });
  });

  router.get('/checks', async (req, res) => {
    await access.reader(req);
    res.json({
      items: options.readiness.checkDefinitions.map(
        ({ evaluate: _evaluate, ...definition }) => definition,
      ),
    });
  });

  readinessRoutes(router, { ...options, access });
  evidenceRoutes(router, { ...options, access });
  handoverRoutes(router, { ...options, access });
  decisionRoutes(router, { ...options, access });
  // An unknown path (e.g. an empty segment) is a 404 with a message, not an empty answer. Paths
  // under /.backstage belong to the framework (auth, actions) and are left alone.
  router.use((req, _res, next) => {
    if (req.path.startsWith('/.backstage')) {
      next();
      return;
    }
    throw new NotFoundError(`No such SMO API route: ${req.method} ${req.path}`);
  });
  return router;
}
