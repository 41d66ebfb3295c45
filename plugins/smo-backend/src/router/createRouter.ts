import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import express from 'express';
import Router from 'express-promise-router';
import { ReadinessService } from '../service/ReadinessService';
import { ReadinessStore } from '../store/ReadinessStore';
import { readinessRoutes } from './readinessRoutes';

/** Dependencies of the SMO HTTP API. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  readiness: ReadinessService;
  store: ReadinessStore;
}

/** Builds the `/api/smo` router; every route requires an authenticated user or service. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, readiness } = options;
  const router = Router();
  router.use(express.json());

  router.get('/health', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json({ status: 'ok' });
  });

  router.get('/checks', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json({
      items: readiness.checkDefinitions.map(
        ({ evaluate: _evaluate, ...definition }) => definition,
      ),
    });
  });

  router.use(readinessRoutes(options));
  return router;
}
