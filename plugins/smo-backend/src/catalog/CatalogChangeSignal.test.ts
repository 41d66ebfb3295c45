import { mockServices } from '@backstage/backend-test-utils';
import { HttpCatalogChangeSignal } from './CatalogChangeSignal';

const KINDS = ['component', 'group'];
const body = {
  kinds: [
    { kind: 'component', count: 2, digest: 'd1' },
    { kind: 'group', count: 1, digest: 'd2' },
  ],
};

function client(respond: () => Promise<Response>) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) => respond());
  const logger = mockServices.logger.mock();
  const signal = HttpCatalogChangeSignal.create({
    discovery: mockServices.discovery(),
    auth: mockServices.auth(),
    logger,
    fetch: fetch as unknown as typeof globalThis.fetch,
  });
  return { signal, fetch, logger };
}

describe('HttpCatalogChangeSignal', () => {
  it("asks the catalog module for the kinds with this plugin's token for the catalog", async () => {
    const { signal, fetch } = client(async () => Response.json(body));
    await expect(signal.read(KINDS)).resolves.toEqual(body.kinds);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toMatch(
      /\/api\/catalog\/smo\/changes\?kind=component&kind=group$/,
    );
    expect(new Headers(init?.headers).get('authorization')).toMatch(
      /^Bearer .*"target":"catalog"/,
    );
  });

  it('gives no signal — so the sweep reads the entities — on 404, on failure and on an unexpected body', async () => {
    const notFound = client(async () => new Response('', { status: 404 }));
    await expect(notFound.signal.read(KINDS)).resolves.toBeUndefined();
    expect(notFound.logger.warn).not.toHaveBeenCalled();

    for (const respond of [
      async () => new Response('', { status: 500 }),
      async () => {
        throw new Error('ECONNREFUSED');
      },
      async () => Response.json({ kinds: body.kinds.slice(1) }),
      async () => Response.json({ kinds: [...body.kinds].reverse() }),
      async () =>
        Response.json({
          kinds: [{ ...body.kinds[0], count: '2' }, body.kinds[1]],
        }),
      async () => new Response('not json'),
    ]) {
      const failing = client(respond);
      await expect(failing.signal.read(KINDS)).resolves.toBeUndefined();
      expect(failing.logger.warn).toHaveBeenCalledTimes(1);
    }
  });
});
