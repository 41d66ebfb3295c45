import { ConfigApi } from '@backstage/core-plugin-api';

/** The request header naming the demo person to sign in as; the demo backend's `demo` auth provider reads it. */
export const DEMO_USER_HEADER = 'x-smo-demo-user';

/** Where the chosen person is remembered, so a reload signs in again without asking. */
export const PERSONA_STORAGE_KEY = 'smo-demo:persona';

/** A person of the example organisation the demo offers to sign in as (`smoDemo.personas`). */
export interface Persona {
  userEntityRef: string;
  title: string;
  description?: string;
}

export function readPersonas(
  config: Pick<ConfigApi, 'getOptionalConfigArray'>,
) {
  return (config.getOptionalConfigArray('smoDemo.personas') ?? []).map(
    (c): Persona => ({
      userEntityRef: c.getString('userEntityRef'),
      title: c.getString('title'),
      description: c.getOptionalString('description'),
    }),
  );
}
