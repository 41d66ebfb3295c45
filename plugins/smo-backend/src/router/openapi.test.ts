import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import express from 'express';
import { mockServices } from '@backstage/backend-test-utils';
import { createRouter } from './createRouter';

/** Every route the router serves, as `METHOD /path/{param}`. */
function routesOf(router: express.Router): string[] {
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

describe('OpenAPI document', () => {
  it('documents exactly the routes the router serves', async () => {
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      permissions: mockServices.permissions(),
      auditor: mockServices.auditor.mock(),
      userInfo: mockServices.userInfo(),
      catalog: {} as any,
      readiness: {} as any,
      store: {} as any,
      gatekeeper: {} as any,
      evidence: {} as any,
      handovers: {} as any,
    });
    const spec = parse(
      readFileSync(join(__dirname, '../../openapi.yaml'), 'utf8'),
    );
    const documented = Object.entries(spec.paths as Record<string, object>)
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter(k => ['get', 'post', 'put', 'patch', 'delete'].includes(k))
          .map(method => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(routesOf(router)).toEqual(documented);
  });
});
