import { main } from './main';
import { USAGE } from './usage';

/** Runs main with a fake fetch; collects what it writes. */
async function runMain(
  argv: string[],
  answer: (url: string, init?: RequestInit) => Promise<Response>,
) {
  const out: string[] = [];
  const err: string[] = [];
  const calls: { url: string; init?: RequestInit }[] = [];
  const code = await main(argv, {
    env: { SMO_TOKEN: 'secret' },
    output: { out: t => out.push(t), err: t => err.push(t) },
    fetch: (async (input: any, init?: RequestInit) => {
      calls.push({ url: String(input), init });
      return answer(String(input), init);
    }) as typeof fetch,
  });
  return { code, out: out.join('\n'), err: err.join('\n'), calls };
}

const json = (status: number, body: unknown, statusText = '') =>
  new Response(JSON.stringify(body), {
    status,
    statusText,
    headers: { 'content-type': 'application/json' },
  });

const gateAnswer = (overrides: Record<string, unknown> = {}) => ({
  entityRef: 'component:default/payments',
  pass: false,
  verdict: 'not-ready',
  score: 72,
  evaluatedAt: new Date().toISOString(),
  blockers: [
    {
      id: 'ops.runbook',
      title: 'Runbook',
      status: 'fail',
      message: 'no runbook link',
      howToFix: 'add a link of type runbook',
    },
  ],
  ...overrides,
});

describe('main', () => {
  it('asks the gate under <url>/api/smo with the token as a bearer token', async () => {
    const notReady = gateAnswer();
    const { code, out, calls } = await runMain(
      ['component:default/payments', '--url', 'https://backstage.example.com/'],
      async () => json(200, notReady),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(
      'https://backstage.example.com/api/smo/gate/component/default/payments',
    );
    expect(new Headers(calls[0].init?.headers).get('authorization')).toBe(
      'Bearer secret',
    );
    expect(code).toBe(1);
    expect(out).toBe(
      `✘ component:default/payments is not ready (score 72, evaluated ${notReady.evaluatedAt}); blockers:\n` +
        '  - ops.runbook [fail] no runbook link\n    fix: add a link of type runbook',
    );
  });

  it('encodes the parts of the entity ref', async () => {
    const { calls } = await runMain(
      ['component:default/a%b?c', '--url', 'http://b'],
      async () => json(200, gateAnswer()),
    );
    expect(calls[0].url).toBe(
      'http://b/api/smo/gate/component/default/a%25b%3Fc',
    );
  });

  it('prints a passing answer, or the answer as JSON', async () => {
    const passing = gateAnswer({ pass: true, verdict: 'ready', blockers: [] });
    const ready = await runMain(['a:b/c', '--url', 'http://b'], async () =>
      json(200, passing),
    );
    expect(ready.code).toBe(0);
    expect(ready.out).toBe(
      `✔ component:default/payments is ready for operations (score 72, evaluated ${passing.evaluatedAt})`,
    );
    const asJson = await runMain(
      ['a:b/c', '--url', 'http://b', '--json'],
      async () => json(200, passing),
    );
    expect(asJson.code).toBe(0);
    expect(asJson.out).toBe(JSON.stringify(passing, null, 2));
  });

  it('prints the usage on --help and after a usage error, exiting 2', async () => {
    const help = await runMain(['--help'], async () => json(200, {}));
    expect(help).toMatchObject({ code: 2, err: USAGE, calls: [] });
    const bad = await runMain(['nope'], async () => json(200, {}));
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      `smo-gate: 'nope' is not an entity ref of the form kind:namespace/name\n${USAGE}`,
    );
  });

  it("says the backend's error message, or the status text, on an HTTP error", async () => {
    const backstageError = await runMain(
      ['a:b/c', '--url', 'http://b'],
      async () =>
        json(
          404,
          {
            error: { name: 'NotFoundError', message: 'No entity a:b/c' },
            request: { method: 'GET', url: '/api/smo/gate/a/b/c' },
            response: { statusCode: 404 },
          },
          'Not Found',
        ),
    );
    expect(backstageError).toMatchObject({
      code: 2,
      err: 'smo-gate: 404 No entity a:b/c',
    });
    const proxyPage = await runMain(
      ['a:b/c', '--url', 'http://b'],
      async () =>
        new Response('<html>bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'content-type': 'text/html' },
        }),
    );
    expect(proxyPage).toMatchObject({
      code: 2,
      err: 'smo-gate: 502 Bad Gateway',
    });
  });

  it('says where it asked when the answer is not a gate answer', async () => {
    const { code, err } = await runMain(
      ['a:b/c', '--url', 'http://b'],
      async () => json(200, { ...gateAnswer(), evaluatedAt: 'yesterday' }),
    );
    expect(code).toBe(2);
    expect(err).toBe(
      'smo-gate: http://b/api/smo/gate/a/b/c answered 200 with something that is not a gate answer (is --url the Backstage backend?)',
    );
  });

  it('says the backend cannot be reached', async () => {
    const { code, err } = await runMain(
      ['a:b/c', '--url', 'http://b'],
      async () => {
        throw new TypeError('fetch failed', {
          cause: new Error('connect ECONNREFUSED 127.0.0.1:9'),
        });
      },
    );
    expect(code).toBe(2);
    expect(err).toBe(
      'smo-gate: cannot reach http://b: connect ECONNREFUSED 127.0.0.1:9',
    );
  });

  it('refuses an evaluation older than --max-age', async () => {
    const evaluatedAt = new Date(Date.now() - 90 * 60_000).toISOString();
    const { code, err, out } = await runMain(
      ['a:b/c', '--url', 'http://b'],
      async () => json(200, gateAnswer({ evaluatedAt })),
    );
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      `smo-gate: the evaluation of component:default/payments is 90 minutes old (evaluated ${evaluatedAt}; --max-age 3600s): the SMO backend has not confirmed it since — check its readiness sweep`,
    );
  });
});
