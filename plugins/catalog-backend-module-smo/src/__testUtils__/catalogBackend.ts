import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
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
