import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import { createRouter } from '../router/createRouter';
import { spec } from '../schema/openapi/generated/router';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every route a router serves, as `METHOD /path/{param}`, sorted. */
export function routesOf(router: express.Router): string[] {
  const routes: string[] = [];
  const walk = (stack: any[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          routes.push(
            `${method.toUpperCase()} ${layer.route.path.replace(
              /:(\w+)/g,
              '{$1}',
            )}`,
          );
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((router as any).stack);
  return routes.sort();
}

/** The routes the SMO router serves (built over stubs: only its route table is read). */
export async function servedRoutes(): Promise<string[]> {
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    readiness: {} as any,
    evidence: {} as any,
    handovers: {} as any,
    decisions: {} as any,
    serviceLevels: {} as any,
    rollups: {} as any,
    improvements: {} as any,
    campaigns: {} as any,
  });
  // GET /openapi.json serves the document itself (added by @backstage/backend-openapi-utils).
  return routesOf(router).filter(route => route !== 'GET /openapi.json');
}

/** The operations the OpenAPI document lists, as `METHOD /path/{param}`, sorted. */
export function documentedRoutes(): string[] {
  return Object.entries(spec.paths as Record<string, object>)
    .flatMap(([path, item]) =>
      Object.keys(item)
        .filter(k => METHODS.includes(k))
        .map(method => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}
