import { HttpAuthService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import express from 'express';
import {
  CampaignService,
  DecisionLogService,
  EvidenceService,
  HandoverService,
  ReadinessService,
  RollupService,
  ServiceLevelReportService,
} from '../service/interfaces';
import { rollupRoutes } from './rollupRoutes';
import { campaignRoutes } from './campaignRoutes';
import { ImprovementService } from '../service/ImprovementService';
import { improvementRoutes } from './improvementRoutes';
import { authenticate } from './authenticate';
import { decisionRoutes } from './decisionRoutes';
import { evidenceRoutes } from './evidenceRoutes';
import { handoverRoutes } from './handoverRoutes';
import { readinessRoutes } from './readinessRoutes';
import { serviceLevelRoutes } from './serviceLevelRoutes';
import { createOpenApiRouter } from '../schema/openapi/generated/router';
import { clarifyValidationErrors } from './clarifyValidationErrors';
import { trimBodyText } from './trimBodyText';

/**
 * Dependencies of the SMO HTTP API: authentication and the services. Each route authenticates, makes one service call
 * and answers; permissions, entity visibility and audit are the services' (the Authorized* wrappers').
 */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  readiness: ReadinessService;
  evidence: EvidenceService;
  handovers: HandoverService;
  decisions: DecisionLogService;
  serviceLevels: ServiceLevelReportService;
  rollups: RollupService;
  campaigns: CampaignService;
  improvements: ImprovementService;
}

/** Builds the `/api/smo` router; every route requires an authenticated user or service. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const auth = authenticate(options.httpAuth);
  // Requests are validated against the OpenAPI document before any handler runs; a bad one is a 400 naming the field.
  // Authentication is Backstage's (httpAuth, per route); the document's `security` only describes it.
  const router = await createOpenApiRouter({
    middleware: [express.json({ limit: '64kb' }), trimBodyText],
    validatorOptions: { validateSecurity: false },
  });

  router.get('/health', async (req, res) => {
    await auth.reader(req);
    res.json({ status: 'ok' });
  });

  router.get('/checks', async (req, res) => {
    await auth.reader(req);
    res.json({
      items: options.readiness.checkDefinitions.map(
        ({ evaluate: _evaluate, ...definition }) => definition,
      ),
    });
  });

  readinessRoutes(router, { ...options, auth });
  evidenceRoutes(router, { ...options, auth });
  handoverRoutes(router, { ...options, auth });
  decisionRoutes(router, { ...options, auth });
  serviceLevelRoutes(router, { ...options, auth });
  rollupRoutes(router, { ...options, auth });
  campaignRoutes(router, { ...options, auth });
  improvementRoutes(router, { ...options, auth });
  // An unknown path (e.g. an empty segment) is a 404 with a message, not an empty answer. Paths
  // under /.backstage belong to the framework (auth, actions) and are left alone.
  router.use((req, _res, next) => {
    if (req.path.startsWith('/.backstage')) {
      next();
      return;
    }
    throw new NotFoundError(`No such SMO API route: ${req.method} ${req.path}`);
  });
  router.use(clarifyValidationErrors);
  return router;
}
