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

describe('demo sign-in provider', () => {
  const env = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = env;
  });

  it('signs in exactly the configured personas, named in the header (any letter case)', async () => {
    process.env.NODE_ENV = 'development';
    const authenticator = demoAuthenticator(personaRefs(config));
    const ctx = authenticator.initialize({ config: new ConfigReader({}) });
    await expect(
      authenticator.authenticate(
        { req: request('user:default/grace.kim') },
        ctx,
      ),
    ).resolves.toEqual({ result: { userEntityRef: 'user:default/grace.kim' } });
    await expect(
      authenticator.authenticate({ req: request('user:default/mallory') }, ctx),
    ).rejects.toThrow(
      'x-smo-demo-user must name one of smoDemo.personas (user:default/grace.kim, user:default/amelia.hart)',
    );
    await expect(
      authenticator.authenticate({ req: request(undefined) }, ctx),
    ).rejects.toThrow(/must name one of smoDemo.personas/);
  });

  it('refuses to work outside development unless explicitly allowed', async () => {
    process.env.NODE_ENV = 'production';
    const authenticator = demoAuthenticator(personaRefs(config));
    const refused = authenticator.initialize({ config: new ConfigReader({}) });
    await expect(
      authenticator.authenticate(
        { req: request('user:default/grace.kim') },
        refused,
      ),
    ).rejects.toThrow(/cannot be used outside of development/);
    const allowed = authenticator.initialize({
      config: new ConfigReader({ dangerouslyAllowOutsideDevelopment: true }),
    });
    await expect(
      authenticator.authenticate(
        { req: request('user:default/grace.kim') },
        allowed,
      ),
    ).resolves.toEqual({ result: { userEntityRef: 'user:default/grace.kim' } });
  });
});
