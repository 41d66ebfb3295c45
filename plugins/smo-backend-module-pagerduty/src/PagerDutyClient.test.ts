import { PagerDutyClient, PagerDutyClientOptions } from './PagerDutyClient';
import {
  fixture,
  Handler,
  recorded,
  Reply,
  startPagerDutyServer,
  stopPagerDutyServers,
} from './__testUtils__/pagerDutyServer';

afterEach(stopPagerDutyServers);

const SINCE = new Date('2026-03-01T00:00:00Z');
const UNTIL = new Date('2026-04-01T00:00:00Z');

/** A client of a fake PagerDuty; `sleeps` records each wait instead of waiting. */
async function clientOf(
  handler: Handler,
  options: Partial<PagerDutyClientOptions> = {},
) {
  const server = await startPagerDutyServer(handler);
  const sleeps: number[] = [];
  const client = new PagerDutyClient({
    token: 'pd-test-token',
    baseUrl: server.baseUrl,
    pageSize: 3,
    maxRetries: 5,
    sleep: async ms => {
      sleeps.push(ms);
    },
    ...options,
  });
  return { client, requests: server.requests, sleeps };
}

/** Answers `replies` in turn, then the recordings. */
const inTurn =
  (...replies: Reply[]): Handler =>
  request =>
    replies.shift() ?? recorded(request);

describe('PagerDutyClient', () => {
  it('authenticates with the token and asks for API v2', async () => {
    const { client, requests } = await clientOf(recorded);
    await client.listIncidents(SINCE, UNTIL);
    expect(requests[0].headers).toMatchObject({
      authorization: 'Token token=pd-test-token',
      accept: 'application/vnd.pagerduty+json;version=2',
    });
  });

  it('pages through the incidents with offset while PagerDuty says more', async () => {
    const { client, requests } = await clientOf(recorded);
    const { items, complete } = await client.listIncidents(SINCE, UNTIL);
    expect(complete).toBe(true);
    expect(items.map((i: any) => i.id)).toEqual([
      ...fixture('incidents-page-1.json').incidents.map((i: any) => i.id),
      ...fixture('incidents-page-2.json').incidents.map((i: any) => i.id),
    ]);
    expect(requests.map(r => Object.fromEntries(r.query))).toEqual(
      [0, 3].map(offset => ({
        since: '2026-03-01T00:00:00.000Z',
        until: '2026-04-01T00:00:00.000Z',
        time_zone: 'UTC',
        sort_by: 'created_at:asc',
        total: 'false',
        limit: '3',
        offset: String(offset),
      })),
    );
    expect(requests.every(r => r.path === '/incidents')).toBe(true);
  });

  it("stops where PagerDuty's paging ends and says the list is cut short", async () => {
    const { client, requests } = await clientOf(
      () => ({
        body: { incidents: [{ id: 'X' }], limit: 1, offset: 0, more: true },
      }),
      { maxOffset: 3 },
    );
    const { items, complete } = await client.listIncidents(SINCE, UNTIL);
    expect(complete).toBe(false);
    expect(items).toHaveLength(3);
    expect(requests.map(r => r.query.get('offset'))).toEqual(['0', '1', '2']);
  });

  it('reads the overview log entries of an incident', async () => {
    const { client, requests } = await clientOf(recorded);
    const entries = await client.listLogEntries('Q3CHKPAY0001AB');
    expect(entries.map((e: any) => e.type)).toEqual([
      'resolve_log_entry',
      'acknowledge_log_entry',
      'acknowledge_log_entry',
      'trigger_log_entry',
    ]);
    expect(requests[0].path).toBe('/incidents/Q3CHKPAY0001AB/log_entries');
    expect(Object.fromEntries(requests[0].query)).toMatchObject({
      is_overview: 'true',
      limit: '100',
    });
  });

  it('waits as long as Retry-After says when rate-limited, then retries', async () => {
    const { client, requests, sleeps } = await clientOf(
      inTurn({
        status: 429,
        headers: { 'Retry-After': '7' },
        body: fixture('error-rate-limit.json'),
      }),
    );
    const { items } = await client.listIncidents(SINCE, UNTIL);
    expect(items).toHaveLength(6);
    expect(sleeps).toEqual([7000]);
    expect(requests.map(r => r.query.get('offset'))).toEqual(['0', '0', '3']);
  });

  it('falls back to ratelimit-reset, then to 1 s doubling, for 429 and 5xx alike', async () => {
    const { client, sleeps } = await clientOf(
      inTurn(
        { status: 429, headers: { 'ratelimit-reset': '3' } },
        { status: 503 },
        { status: 500 },
        { status: 429 },
      ),
    );
    await client.listIncidents(SINCE, UNTIL);
    expect(sleeps).toEqual([3000, 2000, 4000, 8000]);
  });

  it('gives up after maxRetries, naming the path and the status', async () => {
    const { client, requests, sleeps } = await clientOf(
      () => ({ status: 429, body: fixture('error-rate-limit.json') }),
      { maxRetries: 2 },
    );
    await expect(client.listIncidents(SINCE, UNTIL)).rejects.toThrow(
      'PagerDuty GET /incidents failed with HTTP 429 after 3 attempts',
    );
    expect(requests).toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it("fails at once on 401 with PagerDuty's message", async () => {
    const { client, requests, sleeps } = await clientOf(() => ({
      status: 401,
      body: fixture('error-unauthorized.json'),
    }));
    await expect(client.listIncidents(SINCE, UNTIL)).rejects.toThrow(
      'PagerDuty GET /incidents failed with HTTP 401: Unauthorized',
    );
    expect(requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("fails at once on other 4xx with PagerDuty's message and details", async () => {
    const { client } = await clientOf(() => ({
      status: 400,
      body: fixture('error-invalid-input.json'),
    }));
    await expect(client.listLogEntries('Q1')).rejects.toThrow(
      'PagerDuty GET /incidents/Q1/log_entries failed with HTTP 400: Invalid Input Provided (Offset must be less than 10000.)',
    );
  });

  it('never puts the token in an error', async () => {
    const { client } = await clientOf(() => ({ status: 403, body: 'nope' }));
    const error = await client.listIncidents(SINCE, UNTIL).catch(e => e);
    expect(error.message).toBe(
      'PagerDuty GET /incidents failed with HTTP 403: Forbidden',
    );
    expect(error.message).not.toContain('pd-test-token');
  });

  it('retries when PagerDuty cannot be reached', async () => {
    const { client, sleeps } = await clientOf(recorded, {
      baseUrl: 'http://127.0.0.1:1',
      maxRetries: 1,
    });
    await expect(client.listIncidents(SINCE, UNTIL)).rejects.toThrow(
      /^PagerDuty GET \/incidents failed with no answer \(.+\) after 2 attempts$/,
    );
    expect(sleeps).toEqual([1000]);
  });

  it('fails on an answer that is not a list of incidents', async () => {
    const { client } = await clientOf(() => ({ body: { ok: true } }));
    await expect(client.listIncidents(SINCE, UNTIL)).rejects.toThrow(
      'PagerDuty GET /incidents: the answer has no incidents list',
    );
  });
});
