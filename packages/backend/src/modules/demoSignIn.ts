import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { AuthenticationError, NotAllowedError } from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';

/** The request header naming the person; the demo app's sign-in page sends it (packages/app/src/modules/signIn). */
export const DEMO_USER_HEADER = 'x-smo-demo-user';

/** The user refs of `smoDemo.personas`: the only people the provider signs in. */
export function personaRefs(config: Config): Set<string> {
  return new Set(
    (config.getOptionalConfigArray('smoDemo.personas') ?? []).map(c =>
      c.getString('userEntityRef').toLocaleLowerCase('en-US'),
    ),
  );
}

/**
 * Signs in as the demo person the header names, with the catalog's view of them (memberOf gives their roles). Like
 * the guest provider it trusts the caller, so it refuses to work outside development unless
 * `auth.providers.demo.dangerouslyAllowOutsideDevelopment` is set.
 */
export function demoAuthenticator(personas: Set<string>) {
  return createProxyAuthenticator({
    defaultProfileTransform: async () => ({ profile: {} }),
    initialize({ config }) {
      return {
        disabled:
          process.env.NODE_ENV !== 'development' &&
          config.getOptionalBoolean('dangerouslyAllowOutsideDevelopment') !==
            true,
      };
    },
    async authenticate({ req }, { disabled }) {
      if (disabled) {
        throw new NotAllowedError(
          "The demo provider cannot be used outside of development unless 'auth.providers.demo.dangerouslyAllowOutsideDevelopment' is set",
        );
      }
      const userEntityRef = req
        .header(DEMO_USER_HEADER)
        ?.toLocaleLowerCase('en-US');
      if (!userEntityRef || !personas.has(userEntityRef)) {
        throw new AuthenticationError(
          `${DEMO_USER_HEADER} must name one of smoDemo.personas (${[
            ...personas,
          ].join(', ')})`,
        );
      }
      return { result: { userEntityRef } };
    },
  });
}

export default createBackendModule({
  pluginId: 'auth',
  moduleId: 'smo-demo-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ providers, config }) {
        providers.registerProvider({
          providerId: 'demo',
          factory: createProxyAuthProviderFactory({
            authenticator: demoAuthenticator(personaRefs(config)),
            signInResolver: async ({ result }, ctx) =>
              ctx.signInWithCatalogUser({ entityRef: result.userEntityRef }),
          }),
        });
      },
    });
  },
});
