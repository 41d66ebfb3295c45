import { ResponseError } from '@backstage/errors';
import {
  DefaultApiClient,
  GetGateResponse,
} from '@smo-backstage/plugin-smo-common';
import { GateEntityRef } from './args';
import { isGateAnswer } from './gateAnswer';

/** What asking the gate came to. Only `answer` may end in exit code 0 or 1. */
export type GateOutcome =
  /** No HTTP answer at all (DNS, connection refused, TLS). */
  | { type: 'unreachable'; reason: string }
  /** An HTTP error: 401, 403, 404, 5xx. */
  | { type: 'refused'; status: number; reason: string }
  /** A 2xx whose body is not a gate answer. */
  | { type: 'unreadable'; url: string; status: number }
  | { type: 'answer'; answer: GetGateResponse };

/** Asks `GET /api/smo/gate/{kind}/{namespace}/{name}` of the backend at `url` through the SMO API client. */
export async function askGate(options: {
  /** The backend's base URL; the client is given `<url>/api/smo`. */
  url: string;
  token: string;
  ref: GateEntityRef;
  fetch?: typeof fetch;
}): Promise<GateOutcome> {
  const send = options.fetch ?? fetch;
  // The URL the client built, for the message when the answer is not a gate answer (a redirect may have moved on).
  let requested = '';
  const client = new DefaultApiClient({
    discoveryApi: {
      getBaseUrl: async pluginId =>
        `${options.url.replace(/\/+$/, '')}/api/${pluginId}`,
    },
    fetchApi: {
      fetch: (input, init) => {
        requested = String(input);
        return send(input, init);
      },
    },
  });

  let response;
  try {
    response = await client.getGate(
      { path: options.ref },
      { token: options.token },
    );
  } catch (error) {
    const { cause, message } = error as Error & { cause?: Error };
    return { type: 'unreachable', reason: cause?.message ?? message };
  }

  if (!response.ok) {
    const error = await ResponseError.fromResponse(response);
    return {
      type: 'refused',
      status: response.status,
      reason: reasonOf(error),
    };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!isGateAnswer(body)) {
    return { type: 'unreadable', url: requested, status: response.status };
  }
  return { type: 'answer', answer: body };
}

/**
 * The backend's own error message (a Backstage error body), else the status text: `fromResponse` makes up a
 * "Request failed with status …" message, with the whole body appended, for anything else (a proxy's HTML page).
 */
function reasonOf(error: ResponseError): string {
  const message = error.cause.message;
  const madeUp = message.startsWith(
    `Request failed with status ${error.response.status}`,
  );
  return !madeUp && message ? message : error.statusText;
}
