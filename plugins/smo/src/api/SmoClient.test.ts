import { SmoClient } from './SmoClient';

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

const errorResponse = (status: number, name: string, message: string) =>
  jsonResponse(
    { error: { name, message }, response: { statusCode: status } },
    status,
  );

describe('SmoClient', () => {
  const discoveryApi = {
    getBaseUrl: jest.fn(async (id: string) => `http://backend/api/${id}`),
  };

  function clientAnswering(response: () => Response) {
    const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
      response(),
    );
    const fetchApi = { fetch: fetch as unknown as typeof globalThis.fetch };
    return { client: new SmoClient({ discoveryApi, fetchApi }), fetch };
  }

  const calledUrl = (fetch: jest.Mock) => fetch.mock.calls[0][0];

  it('calls the smo backend through the fetch API', async () => {
    const { client, fetch } = clientAnswering(() =>
      jsonResponse({ status: 'ok' }),
    );
    await expect(client.getHealth()).resolves.toEqual({ status: 'ok' });
    expect(calledUrl(fetch)).toBe('http://backend/api/smo/health');
    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('smo');
  });

  it('reads one entity by kind, namespace and name, accepting string and compound refs', async () => {
    const body = { entityRef: 'component:default/loyalty-api', score: 100 };
    const { client, fetch } = clientAnswering(() => jsonResponse(body));

    await expect(
      client.getReadiness('component:default/loyalty-api'),
    ).resolves.toEqual(body);
    await client.getReadiness({
      kind: 'Component',
      namespace: 'ops',
      name: 'payments-gateway',
    });
    await client.getReadiness('short-name');

    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://backend/api/smo/readiness/component/default/loyalty-api',
      'http://backend/api/smo/readiness/component/ops/payments-gateway',
      'http://backend/api/smo/readiness/component/default/short-name',
    ]);
  });

  it('encodes path segments', async () => {
    const { client, fetch } = clientAnswering(() =>
      jsonResponse({ entityRef: 'x', items: [] }),
    );
    await client.getHistory('component:team a/svc#1');
    expect(calledUrl(fetch)).toBe(
      'http://backend/api/smo/readiness/component/team%20a/svc%231/history',
    );
  });

  it('refreshes with a POST', async () => {
    const { client, fetch } = clientAnswering(() =>
      jsonResponse({ entityRef: 'component:default/a' }),
    );
    await client.refreshReadiness('component:default/a');
    expect(calledUrl(fetch)).toBe(
      'http://backend/api/smo/readiness/component/default/a/refresh',
    );
    expect(fetch.mock.calls[0][1]).toEqual({ method: 'POST' });
  });

  it('sends only the set portfolio filters, URL-encoded', async () => {
    const page = { totalCount: 0, offset: 0, limit: 50, items: [] };
    const { client, fetch } = clientAnswering(() => jsonResponse(page));

    await expect(client.listReadiness()).resolves.toEqual(page);
    await client.listReadiness({
      owner: 'group:default/team-payments',
      offering: 'serviceoffering:default/online checkout&more',
      verdict: 'not-ready',
      tier: undefined,
      minScore: 0,
      maxScore: 80,
      sort: 'score',
      order: 'desc',
      limit: 25,
      offset: 50,
    });

    expect(fetch.mock.calls[0][0]).toBe('http://backend/api/smo/readiness');
    const url = new URL(fetch.mock.calls[1][0]);
    expect(url.pathname).toBe('/api/smo/readiness');
    expect(url.search).toBe(
      '?owner=group%3Adefault%2Fteam-payments' +
        '&offering=serviceoffering%3Adefault%2Fonline+checkout%26more' +
        '&verdict=not-ready&minScore=0&maxScore=80&sort=score&order=desc&limit=25&offset=50',
    );
    expect(url.searchParams.get('offering')).toBe(
      'serviceoffering:default/online checkout&more',
    );
    expect(url.searchParams.has('tier')).toBe(false);
  });

  it('unwraps the check definitions', async () => {
    const definition = { id: 'ops.runbook', title: 'Runbook' };
    const { client, fetch } = clientAnswering(() =>
      jsonResponse({ items: [definition] }),
    );
    await expect(client.getChecks()).resolves.toEqual([definition]);
    expect(calledUrl(fetch)).toBe('http://backend/api/smo/checks');
  });

  it.each([
    [401, 'AuthenticationError', 'no token'],
    [403, 'NotAllowedError', 'not allowed to refresh'],
    [404, 'NotFoundError', 'No entity component:default/nope'],
    [500, 'Error', 'database gone'],
  ])(
    'turns HTTP %i into a ResponseError carrying status and cause',
    async (status, name, message) => {
      const { client } = clientAnswering(() =>
        errorResponse(status, name, message),
      );
      await expect(
        client.refreshReadiness('component:default/nope'),
      ).rejects.toMatchObject({
        name: 'ResponseError',
        statusCode: status,
        cause: { name, message },
      });
    },
  );
});
