import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

export interface Response {
  status: number;
  body: string;
}

/**
 * A request to a loopback backend with the bench's static token. A keep-alive socket the server
 * closed while idle (Node's 5 s keepAliveTimeout, e.g. during a long sweep) resets on reuse: such a
 * request never reached the server and is sent once more on a new socket.
 */
export async function request(
  url: string,
  token: string,
  options: { method?: string; body?: unknown } = {},
): Promise<Response> {
  try {
    return await send(url, token, options);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ECONNRESET' && code !== 'EPIPE') throw error;
    return send(url, token, options);
  }
}

function send(
  url: string,
  token: string,
  options: { method?: string; body?: unknown },
): Promise<Response> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') {
    throw new Error(`the bench only talks to 127.0.0.1, not ${url}`);
  }
  const payload =
    options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      {
        agent,
        method: options.method ?? 'GET',
        headers: {
          authorization: `Bearer ${token}`,
          ...(payload
            ? {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(payload),
              }
            : {}),
        },
        timeout: 600_000,
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', c => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)));
    if (payload) req.write(payload);
    req.end();
  });
}

export async function json<T>(
  url: string,
  token: string,
  options: { method?: string; body?: unknown } = {},
): Promise<T> {
  const res = await request(url, token, options);
  if (res.status >= 300) {
    throw new Error(
      `${options.method ?? 'GET'} ${url}: ${res.status} ${res.body.slice(
        0,
        300,
      )}`,
    );
  }
  return (res.body ? JSON.parse(res.body) : undefined) as T;
}

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * Sequential requests (one at a time, keep-alive) after a short warm-up: at most `count`
 * requests and at most `maxMs` of wall time. Every response must be a 2xx.
 */
export async function measureLatency(
  makeRequest: (i: number) => Promise<Response>,
  count: number,
  maxMs: number,
): Promise<Latency> {
  for (let i = 0; i < Math.min(50, count); i++) {
    const res = await makeRequest(count + i);
    if (res.status >= 300) {
      throw new Error(
        `latency warm-up: ${res.status} ${res.body.slice(0, 300)}`,
      );
    }
  }
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count && performance.now() - started < maxMs; i++) {
    const t0 = performance.now();
    const res = await makeRequest(i);
    samples.push(performance.now() - t0);
    if (res.status >= 300) {
      throw new Error(`latency run: ${res.status} ${res.body.slice(0, 300)}`);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { count: samples.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
