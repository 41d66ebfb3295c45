import { DefaultApiClient } from '@smo-backstage/plugin-smo-common';
import { request, Response } from './http';

/**
 * Our API through the client generated from the OpenAPI document, over the bench's keep-alive transport (the same one
 * Tech Insights is measured with), each call answering the bench's `{ status, body }`.
 */
export function smoClient(baseUrl: string, token: string) {
  const client = new DefaultApiClient({
    discoveryApi: {
      getBaseUrl: async pluginId => `${baseUrl}/api/${pluginId}`,
    },
    fetchApi: {
      fetch: async (url, init) => {
        const answer = await request(String(url), token, {
          method: init?.method,
        });
        return new globalThis.Response(answer.body, { status: answer.status });
      },
    },
  });
  return {
    getReadiness: (...args: Parameters<DefaultApiClient['getReadiness']>) =>
      answered(client.getReadiness(...args)),
    listReadiness: (...args: Parameters<DefaultApiClient['listReadiness']>) =>
      answered(client.listReadiness(...args)),
  };
}

async function answered(
  pending: Promise<{ status: number; text(): Promise<string> }>,
): Promise<Response> {
  const answer = await pending;
  return { status: answer.status, body: await answer.text() };
}
