/**
 * The part of `fetch` the client uses; injectable so tests (and proxies) can stand in for the global one.
 *
 * @public
 */
export type PagerDutyFetch = (
  url: string,
  init: { headers: Record<string, string>; signal?: AbortSignal },
) => Promise<Response>;

/**
 * How a {@link PagerDutyClient} reaches PagerDuty.
 *
 * @public
 */
export interface PagerDutyClientOptions {
  /** REST API key. */
  token: string;
  /** Without a trailing slash, e.g. `https://api.pagerduty.com`. */
  baseUrl: string;
  /** Incidents per request, 1–100. */
  pageSize: number;
  /** Retries of a request answered 429 or 5xx (or not answered) before it fails. */
  maxRetries: number;
  /** Default: the global `fetch`. */
  fetch?: PagerDutyFetch;
  /** How the client waits before a retry; tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** PagerDuty's classic pagination stops at offset + limit = 10,000; lower only in tests. */
  maxOffset?: number;
  /** Per request, default 30 s: a hung connection must not hold the refresh until the task times out. */
  timeoutMs?: number;
}

/**
 * A list read in pages: what was read, and whether PagerDuty's paging limit cut it short.
 *
 * @public
 */
export interface PagedList {
  /** The elements of every page read, in order. */
  items: unknown[];
  /** False when PagerDuty had more than its paging reaches (offset 10,000). */
  complete: boolean;
}

const realSleep = (ms: number) =>
  new Promise<void>(resolve => setTimeout(resolve, ms));

/** Seconds (`Retry-After: 2`, `ratelimit-reset: 2`) or an HTTP date, as milliseconds to wait. */
function waitFromHeaders(headers: Headers): number | undefined {
  for (const name of ['retry-after', 'ratelimit-reset']) {
    const value = headers.get(name)?.trim();
    if (!value) continue;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }
  return undefined;
}

/** PagerDuty's own words from an error body (`{ error: { message, errors } }`), else the status text. */
function errorMessage(text: string, fallback: string): string {
  try {
    const { error } = JSON.parse(text);
    if (error && typeof error.message === 'string') {
      const details = Array.isArray(error.errors) ? error.errors : [];
      return details.length > 0
        ? `${error.message} (${details.join('; ')})`
        : error.message;
    }
  } catch {
    // not JSON: fall through to the status text
  }
  return fallback;
}

/** A failure asking again would not mend (4xx other than 429). */
class NotRetried extends Error {}

/**
 * fetch's own failures (refused, reset, timed out), as opposed to errors of ours. By name, since fetch's TypeError
 * may come from another realm than this module's.
 */
const isNetworkError = (error: unknown) =>
  ['TypeError', 'TimeoutError', 'AbortError'].includes(
    (error as Error | undefined)?.name ?? '',
  );

/**
 * The PagerDuty REST API v2 as far as incidents go: authenticated GETs, offset paging, and retries of rate-limited
 * (429) and failed (5xx, no answer) requests. Anything else fails at once, since asking again would not help.
 *
 * @public
 */
export class PagerDutyClient {
  private readonly fetch: PagerDutyFetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: PagerDutyClientOptions) {
    this.fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.sleep = options.sleep ?? realSleep;
  }

  /** Incidents created from `since` to `until`, oldest first. */
  listIncidents(since: Date, until: Date): Promise<PagedList> {
    return this.list('/incidents', 'incidents', {
      since: since.toISOString(),
      until: until.toISOString(),
      time_zone: 'UTC',
      sort_by: 'created_at:asc',
      total: 'false',
    });
  }

  /** The overview log entries (trigger, acknowledge, resolve, …) of one incident. */
  async listLogEntries(incidentId: string): Promise<unknown[]> {
    const { items } = await this.list(
      `/incidents/${encodeURIComponent(incidentId)}/log_entries`,
      'log_entries',
      { is_overview: 'true', time_zone: 'UTC' },
      100,
    );
    return items;
  }

  private async list(
    path: string,
    key: string,
    params: Record<string, string>,
    limit = this.options.pageSize,
  ): Promise<PagedList> {
    const maxOffset = this.options.maxOffset ?? 10_000;
    const items: unknown[] = [];
    let offset = 0;
    for (;;) {
      const page = (await this.get(path, {
        ...params,
        limit: String(limit),
        offset: String(offset),
      })) as Record<string, unknown>;
      const pageItems = page?.[key];
      if (!Array.isArray(pageItems)) {
        throw new Error(`PagerDuty GET ${path}: the answer has no ${key} list`);
      }
      items.push(...pageItems);
      // An empty page that claims more would loop forever.
      if (page.more !== true || pageItems.length === 0) {
        return { items, complete: true };
      }
      const step =
        typeof page.limit === 'number' && page.limit > 0 ? page.limit : limit;
      offset += step;
      if (offset + step > maxOffset) return { items, complete: false };
    }
  }

  private async get(
    path: string,
    params: Record<string, string>,
  ): Promise<unknown> {
    const { baseUrl, token, maxRetries } = this.options;
    const url = `${baseUrl}${path}?${new URLSearchParams(params)}`;
    const headers = {
      Authorization: `Token token=${token}`,
      Accept: 'application/vnd.pagerduty+json;version=2',
    };
    for (let attempt = 0; ; attempt++) {
      let failure: string;
      let wait: number | undefined;
      try {
        const response = await this.fetch(url, {
          headers,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        });
        const text = await response.text();
        if (response.ok) {
          try {
            return JSON.parse(text);
          } catch {
            throw new Error(`PagerDuty GET ${path}: the answer is not JSON`);
          }
        }
        if (response.status !== 429 && response.status < 500) {
          throw new NotRetried(
            `PagerDuty GET ${path} failed with HTTP ${
              response.status
            }: ${errorMessage(text, response.statusText)}`,
          );
        }
        failure = `HTTP ${response.status}`;
        wait = waitFromHeaders(response.headers);
      } catch (error) {
        if (error instanceof NotRetried || !isNetworkError(error)) throw error;
        const { message, cause } = error as Error & { cause?: Error };
        failure = `no answer (${cause?.message ?? message})`;
      }
      if (attempt >= maxRetries) {
        throw new Error(
          `PagerDuty GET ${path} failed with ${failure} after ${
            attempt + 1
          } attempts`,
        );
      }
      // Without a hint from PagerDuty: 1 s, 2 s, 4 s, …
      await this.sleep(wait ?? 1000 * 2 ** attempt);
    }
  }
}
