import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { smoChecksExtensionPoint } from '@smo-backstage/plugin-smo-node';
import { ContributedChecks } from './engine/ContributedChecks';
import { createRouter } from './router/createRouter';

/**
 * The SMO backend plugin: readiness, gatekeeper workflow and their HTTP API.
 *
 * @public
 */
export const smoPlugin = createBackendPlugin({
  pluginId: 'smo',
  register(env) {
    const contributed = new ContributedChecks();
    env.registerExtensionPoint(smoChecksExtensionPoint, contributed);

    env.registerInit({
      deps: {
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
      },
      async init({ httpAuth, httpRouter, logger }) {
        const { checks } = contributed.lock();
        logger.info(`SMO readiness: ${checks.length} contributed check(s)`);
        httpRouter.use(await createRouter({ httpAuth }));
      },
    });
  },
});
