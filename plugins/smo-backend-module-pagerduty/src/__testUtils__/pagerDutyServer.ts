import { readFileSync } from 'node:fs';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A request the fake PagerDuty received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

/** What it answers; JSON unless `body` is a string. */
export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: ReceivedRequest) => Reply;

/** A recorded PagerDuty answer from `src/__fixtures__/`. */
export const fixture = (name: string): any =>
  JSON.parse(readFileSync(join(__dirname, '../__fixtures__', name), 'utf8'));

const NOT_FOUND: Reply = {
  status: 404,
  body: { error: { message: 'Not Found', code: 2100 } },
};

const logEntriesPath = /^\/incidents\/([^/]+)\/log_entries$/;

/** Replays the recordings: the two pages of incidents (by offset) and each incident's log entries. */
export const recorded: Handler = ({ path, query }) => {
  if (path === '/incidents') {
    const page = { '0': 1, '3': 2 }[query.get('offset') ?? ''];
    return page ? { body: fixture(`incidents-page-${page}.json`) } : NOT_FOUND;
  }
  const match = logEntriesPath.exec(path);
  if (match) {
    try {
      return { body: fixture(`log-entries/${match[1]}.json`) };
    } catch {
      return NOT_FOUND;
    }
  }
  return NOT_FOUND;
};

/**
 * A PagerDuty holding `incidents` that filters and pages them like the real one: created from `since` (inclusive) to
 * `until` (exclusive), `limit` and `offset`, `more`; log entries from `logEntries` by incident id.
 */
export function simulated(
  incidents: any[],
  logEntries: Record<string, unknown[]> = {},
): Handler {
  return ({ path, query }) => {
    if (path === '/incidents') {
      const since = Date.parse(query.get('since')!);
      const until = Date.parse(query.get('until')!);
      const limit = Number(query.get('limit'));
      const offset = Number(query.get('offset'));
      const inRange = incidents.filter(i => {
        const created = Date.parse(i.created_at);
        return created >= since && created < until;
      });
      return {
        body: {
          incidents: inRange.slice(offset, offset + limit),
          limit,
          offset,
          more: offset + limit < inRange.length,
          total: null,
        },
      };
    }
    const match = logEntriesPath.exec(path);
    if (match) {
      return {
        body: {
          log_entries: logEntries[match[1]] ?? [],
          limit: 100,
          offset: 0,
          more: false,
          total: null,
        },
      };
    }
    return NOT_FOUND;
  };
}

const started: Server[] = [];

/** Starts a fake PagerDuty on a random local port; `requests` records what it got. */
export async function startPagerDutyServer(handler: Handler) {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const request = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
    };
    requests.push(request);
    let reply: Reply;
    try {
      reply = handler(request);
    } catch (error) {
      reply = { status: 500, body: { error: { message: String(error) } } };
    }
    res.writeHead(reply.status ?? 200, {
      'content-type': 'application/json',
      ...reply.headers,
    });
    res.end(
      typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body),
    );
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  started.push(server);
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, requests };
}

/** Stops every server started; for `afterEach`. fetch keeps connections alive, so they are closed first. */
export async function stopPagerDutyServers() {
  for (const server of started.splice(0)) {
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
  }
}
