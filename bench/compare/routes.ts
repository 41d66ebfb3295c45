// Latency of the routes besides readiness, against a running backend of ours (run.ts starts it and measures the
// portfolio with each filter itself): roll-ups, service levels, campaigns, waiver debt, suggestions.
import { Latency, measureLatency, request, Response } from './http';

export interface RouteRow {
  measure: string;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
}

interface Options {
  baseUrl: string;
  token: string;
  /** Components in the generated catalog (bench/lib/generateCatalog.ts), for its names. */
  size: number;
  /** At most this many requests per measure (after as many warm-up requests, up to 50). */
  requests: number;
  /** At most this long per measure; a slow route gets fewer requests. */
  maxMs: number;
}

const PAGE = 50;

export async function measureRoutes(options: Options): Promise<RouteRow[]> {
  const { size } = options;
  const api = `${options.baseUrl}/api/smo`;
  const get = (path: string) => request(`${api}${path}`, options.token);
  const rows: RouteRow[] = [];
  const measure = async (label: string, path: (i: number) => string) => {
    rows.push(await measureRoute(label, i => get(path(i)), options));
  };
  // An answer other than 200 (or none) leaves the value out; the measure of that route then says why.
  const body = async <T>(path: string): Promise<T | undefined> => {
    const res = await get(path).catch(() => undefined);
    return res?.status === 200 ? (JSON.parse(res.body) as T) : undefined;
  };

  // Roll-ups of each kind, and single ones: the first page's offerings in turn.
  for (const kind of ['serviceoffering', 'system', 'group']) {
    await measure(
      `GET /api/smo/rollups?kind=${kind}`,
      () => `/rollups?kind=${kind}`,
    );
  }
  const offerings = (
    (
      await body<{ items: { entityRef: string }[] }>(
        `/rollups?kind=serviceoffering&limit=${PAGE}`,
      )
    )?.items ?? []
  ).map(r => r.entityRef);
  if (offerings.length === 0) {
    offerings.push(`serviceoffering:default/${generated(size).offering(0)}`);
  }
  const onePath = (i: number) => refPath(offerings[i % offerings.length]);
  await measure(
    'GET /api/smo/rollups/{kind}/{ns}/{name} (offerings)',
    i => `/rollups/${onePath(i)}`,
  );
  await measure('GET /api/smo/service-levels', () => '/service-levels');
  await measure(
    'GET /api/smo/service-levels/{kind}/{ns}/{name} (offerings)',
    i => `/service-levels/${onePath(i)}`,
  );

  // Campaigns: the configured ones (none configured: their routes are skipped).
  await measure('GET /api/smo/campaigns', () => '/campaigns');
  const [campaign] =
    (await body<{ items: { id: string }[] }>('/campaigns'))?.items ?? [];
  if (campaign) {
    const id = encodeURIComponent(campaign.id);
    await measure(
      `GET /api/smo/campaigns/${campaign.id}`,
      () => `/campaigns/${id}`,
    );
    await measurePages(
      `GET /api/smo/campaigns/${campaign.id}/members?limit=${PAGE}`,
      `/campaigns/${id}/members?limit=${PAGE}`,
      body,
      measure,
    );
  } else {
    for (const route of ['{id}', '{id}/members']) {
      rows.push(
        skipped(`GET /api/smo/campaigns/${route}`, 'no campaign is configured'),
      );
    }
  }
  await measure('GET /api/smo/waiver-debt', () => '/waiver-debt');
  await measure(
    'GET /api/smo/improvement-suggestions',
    () => '/improvement-suggestions',
  );

  return rows;
}

/** The first page, and deep pages: offsets spread evenly over the rest (the middle costs most). */
async function measurePages(
  label: string,
  path: string,
  body: <T>(path: string) => Promise<T | undefined>,
  measure: (label: string, path: (i: number) => string) => Promise<void>,
) {
  await measure(`${label} first page`, () => path);
  const total = (await body<{ totalCount: number }>(`${path}&offset=0`))
    ?.totalCount;
  const last = Math.max(0, (total ?? 0) - PAGE);
  await measure(
    `${label} deep pages (offsets to ${last} of ${total ?? '?'})`,
    i => `${path}&offset=${Math.floor(((i * 0.6180339887) % 1) * last)}`,
  );
}

/** Names as bench/lib/generateCatalog.ts gives them for `size` components. */
function generated(size: number) {
  const offerings = Math.max(10, Math.ceil(size / 10));
  return {
    offering: (k: number) => `offering-${(1 + k * 7) % offerings}`,
  };
}

/** `kind:ns/name` as the `{kind}/{ns}/{name}` of a route. */
function refPath(ref: string): string {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return [kind, namespace, name].map(encodeURIComponent).join('/');
}

/**
 * Sequential requests (http.ts `measureLatency`) once two first requests answered 200; a route that does not, or
 * fails on the way, is a row saying so. A slow route gets fewer requests, so the measure stays near `maxMs`.
 */
async function measureRoute(
  measure: string,
  send: (i: number) => Promise<Response>,
  options: Options,
): Promise<RouteRow> {
  // Twice: the first answer of a route may fill caches.
  let probeMs = Infinity;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const probe = await send(i).catch((e: Error) => e);
    probeMs = Math.min(probeMs, performance.now() - started);
    if (probe instanceof Error) return skipped(measure, probe.message);
    if (probe.status !== 200) return skipped(measure, answered(probe));
  }
  const count = Math.max(
    3,
    Math.min(
      options.requests,
      Math.floor(options.maxMs / Math.max(1, probeMs)),
    ),
  );
  try {
    const latency: Latency = await measureLatency(send, count, options.maxMs);
    return {
      measure,
      p50: latency.p50,
      p95: latency.p95,
      p99: latency.p99,
      requests: latency.count,
    };
  } catch (error) {
    return skipped(measure, (error as Error).message.slice(0, 160));
  }
}

function skipped(measure: string, why: string): RouteRow {
  return {
    measure: `${measure} — skipped: ${why}`,
    p50: NaN,
    p95: NaN,
    p99: NaN,
    requests: 0,
  };
}

/** `HTTP 404 No campaign 'x' is configured`: the status and the error's message (else the body's start). */
function answered(res: Response): string {
  let message = res.body.slice(0, 120);
  try {
    message = JSON.parse(res.body).error.message ?? message;
  } catch {
    // Not a Backstage error body: its start says enough.
  }
  return `HTTP ${res.status} ${message}`;
}
