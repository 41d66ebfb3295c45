import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotFoundError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { blockerDetails } from './service/blockerDetails';
import { DefaultReadinessService } from './service/DefaultReadinessService';

/** Registers the SMO actions (for MCP clients and other action consumers). */
export function registerActions(options: {
  actionsRegistry: ActionsRegistryService;
  catalog: CatalogService;
  readiness: DefaultReadinessService;
}) {
  const { actionsRegistry, catalog, readiness } = options;

  async function readable(
    entityRef: string,
    credentials: Parameters<CatalogService['getEntityByRef']>[1]['credentials'],
  ) {
    const ref = parseEntityRef(entityRef, {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
    if (!(await catalog.getEntityByRef(ref, { credentials }))) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    return readiness.get(ref);
  }

  actionsRegistry.register({
    name: 'get-readiness',
    title: 'Get transition-to-service readiness',
    description:
      'Returns the readiness of a catalog entity (usually a Component): verdict (ready / not-ready), score 0-100, service tier, and every check with its status and message.',
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe('Entity ref, e.g. component:default/online-checkout'),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          verdict: z.string(),
          score: z.number(),
          tier: z.string(),
          evaluatedAt: z.string(),
          checks: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              status: z.string(),
              severity: z.string(),
              message: z.string(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const result = await readable(input.entityRef, credentials);
      return {
        output: {
          entityRef: result.entityRef,
          verdict: result.verdict,
          score: result.score,
          tier: result.tier,
          evaluatedAt: result.evaluatedAt,
          checks: result.checks.map(
            ({ id, title, status, severity, message }) => ({
              id,
              title,
              status,
              severity,
              message,
            }),
          ),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'list-blockers',
    title: 'List handover blockers',
    description:
      'Lists the blocking checks that keep a catalog entity from being ready for handover to operations, with what was found and how to fix each.',
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe('Entity ref, e.g. component:default/online-checkout'),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          verdict: z.string(),
          blockers: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              status: z.string(),
              message: z.string(),
              howToFix: z.string(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const result = await readable(input.entityRef, credentials);
      return {
        output: {
          entityRef: result.entityRef,
          verdict: result.verdict,
          blockers: blockerDetails(result),
        },
      };
    },
  });
}
