import { SmoClient } from './SmoClient';

describe('SmoClient', () => {
  const discoveryApi = {
    getBaseUrl: jest.fn(async (id: string) => `http://backend/api/${id}`),
  };

  it('calls the smo backend through the fetch API', async () => {
    const fetch = jest.fn(
      async () => new Response(JSON.stringify({ status: 'ok' })),
    );
    const client = new SmoClient({ discoveryApi, fetchApi: { fetch } });

    await expect(client.getHealth()).resolves.toEqual({ status: 'ok' });
    expect(fetch).toHaveBeenCalledWith('http://backend/api/smo/health');
  });

  it('turns error responses into ResponseErrors carrying the status', async () => {
    const fetch = jest.fn(
      async () =>
        new Response(
          JSON.stringify({
            error: { name: 'AuthenticationError', message: 'no token' },
            response: { statusCode: 401 },
          }),
          { status: 401, headers: { 'content-type': 'application/json' } },
        ),
    );
    const client = new SmoClient({ discoveryApi, fetchApi: { fetch } });

    await expect(client.getHealth()).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 401,
    });
  });
});
