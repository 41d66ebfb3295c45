import { ConfigReader } from '@backstage/config';
import { demoAuthenticator, DEMO_USER_HEADER, personaRefs } from './demoSignIn';

const config = new ConfigReader({
  smoDemo: {
    personas: [
      { userEntityRef: 'user:default/Grace.Kim', title: 'Grace Kim' },
      { userEntityRef: 'user:default/amelia.hart', title: 'Amelia Hart' },
    ],
  },
});
const request = (user?: string) =>
  ({
    header: (name: string) =>
      name.toLowerCase() === DEMO_USER_HEADER ? user : undefined,
  } as any);

/** Signs in as `user` (the header's value) through an authenticator set up with `options`, in `nodeEnv`. */
function signIn(
  user: string | undefined,
  nodeEnv = 'development',
  options: object = {},
) {
  process.env.NODE_ENV = nodeEnv;
  const authenticator = demoAuthenticator(personaRefs(config));
  const ctx = authenticator.initialize({ config: new ConfigReader(options) });
  return authenticator.authenticate({ req: request(user) }, ctx);
}

describe('demo sign-in provider', () => {
  const env = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = env;
  });

  it('signs in exactly the configured personas, named in the header (any letter case)', async () => {
    await expect(signIn('user:default/grace.kim')).resolves.toEqual({
      result: { userEntityRef: 'user:default/grace.kim' },
    });
    await expect(signIn('user:default/mallory')).rejects.toThrow(
      'x-smo-demo-user must name one of smoDemo.personas (user:default/grace.kim, user:default/amelia.hart)',
    );
    await expect(signIn(undefined)).rejects.toThrow(
      /must name one of smoDemo.personas/,
    );
  });

  it('refuses to work outside development unless explicitly allowed', async () => {
    await expect(
      signIn('user:default/grace.kim', 'production'),
    ).rejects.toThrow(/cannot be used outside of development/);
    await expect(
      signIn('user:default/grace.kim', 'production', {
        dangerouslyAllowOutsideDevelopment: true,
      }),
    ).resolves.toEqual({ result: { userEntityRef: 'user:default/grace.kim' } });
  });
});
