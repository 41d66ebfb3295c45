import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { JsonObject } from '@backstage/types';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import request from 'supertest';
import catalogModuleSmo from '../index';
import { refOf } from './examples';

export type ProcessingError = { entityRef: string; message: string };

/** Records the catalog's processing errors, as an operator would see them in the logs. */
export function recordProcessingErrors(errors: ProcessingError[]) {
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-processing-errors',
    register(reg) {
      reg.registerInit({
        deps: { catalog: catalogProcessingExtensionPoint },
        async init({ catalog }) {
          catalog.setOnProcessingErrorHandler(
            ({ unprocessedEntity, errors: errs }) => {
              for (const error of errs) {
                errors.push({
                  entityRef: refOf(unprocessedEntity),
                  message: error.message,
                });
              }
            },
          );
        },
      });
    },
  });
}

/** Retries an assertion until it holds, the way a user refreshes the catalog until processing is done. */
export async function eventually(
  assertion: () => Promise<void>,
  timeoutMs = 150_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  }
}

/** The entities of the given namespaces, by entity ref, as the catalog API returns them to a signed-in user. */
export type EntitiesIn = (
  ...namespaces: string[]
) => Promise<Map<string, Entity>>;

/**
 * Starts the catalog backend with the SMO module, reading the files at `locations` under `rules` and processing every
 * 2 seconds; processing errors go to `processingErrors`. Resolves to a reader of the ingested entities.
 */
export async function startCatalog(options: {
  rules: JsonObject[];
  locations: string[];
  processingErrors: ProcessingError[];
}): Promise<EntitiesIn> {
  const { server } = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleSmo,
      recordProcessingErrors(options.processingErrors),
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            rules: options.rules,
            locations: options.locations.map(target => ({
              type: 'file',
              target,
            })),
            processingInterval: { seconds: 2 },
          },
        },
      }),
    ],
  });
  return async (...namespaces) => {
    const res = await request(server)
      .get('/api/catalog/entities/by-query')
      .query({
        filter: namespaces.map(ns => `metadata.namespace=${ns}`),
        limit: 1000,
      })
      .set('authorization', mockCredentials.user.header())
      .expect(200);
    return new Map(res.body.items.map((e: Entity) => [refOf(e), e]));
  };
}
