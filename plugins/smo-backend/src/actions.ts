import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotFoundError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import { blockerDetails } from './service/blockerDetails';
import { DefaultReadinessService } from './service/DefaultReadinessService';

type ActionOptions = Parameters<ActionsRegistryService['register']>[0];

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

  /** Registers a read-only action answered from the readiness of one entity the caller can see. */
  function registerReadinessAction(
    action: Pick<ActionOptions, 'name' | 'title' | 'description'> & {
      output: ActionOptions['schema']['output'];
      answer: (result: ReadinessResult) => Record<string, unknown>;
    },
  ) {
    actionsRegistry.register({
      name: action.name,
      title: action.title,
      description: action.description,
      attributes: { readOnly: true, idempotent: true },
      schema: {
        input: z =>
          z.object({
            entityRef: z
              .string()
              .describe('Entity ref, e.g. component:default/online-checkout'),
          }),
        output: action.output,
      },
      action: async ({ input, credentials }) => ({
        output: action.answer(await readable(input.entityRef, credentials)),
      }),
    });
  }

  registerReadinessAction({
    name: 'get-readiness',
    title: 'Get transition-to-service readiness',
    description:
      'Returns the readiness of a catalog entity (usually a Component): verdict (ready / not-ready), score 0-100, service tier, and every check with its status and message.',
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
    answer: result => ({
      entityRef: result.entityRef,
      verdict: result.verdict,
      score: result.score,
      tier: result.tier,
      evaluatedAt: result.evaluatedAt,
      checks: result.checks.map(({ id, title, status, severity, message }) => ({
        id,
        title,
        status,
        severity,
        message,
      })),
    }),
  });

  registerReadinessAction({
    name: 'list-blockers',
    title: 'List handover blockers',
    description:
      'Lists the blocking checks that keep a catalog entity from being ready for handover to operations, with what was found and how to fix each.',
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
    answer: result => ({
      entityRef: result.entityRef,
      verdict: result.verdict,
      blockers: blockerDetails(result),
    }),
  });
}
