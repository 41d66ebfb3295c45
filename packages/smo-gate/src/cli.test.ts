import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import smoPlugin from '@smo-backstage/plugin-smo-backend';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  portfolio,
  readyComponent,
} from '@smo-backstage/plugin-smo-common/testUtils';

// The launcher a user's `npx smo-gate` runs (here on the sources, through Backstage's node transform), against the
// real SMO backend plugin.
const cli = resolve(__dirname, '../bin/smo-gate');
const run = promisify(execFile);

/** Runs the CLI; resolves with its exit code and output whatever the code. */
async function gate(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return {
      code: error.code as number,
      stdout: error.stdout as string,
      stderr: error.stderr as string,
    };
  }
}

describe('smo-gate CLI', () => {
  let url: string;
  const token = mockCredentials.service.token();

  beforeAll(async () => {
    const bare = {
      ...readyComponent({ name: 'bare', links: [], annotations: {} }),
      relations: [],
    };
    const { server } = await startTestBackend({
      features: [
        smoPlugin,
        catalogServiceMock.factory({
          entities: [...portfolio(), readyComponent(), bare],
        }),
      ],
    });
    url = `http://localhost:${(server.address() as AddressInfo).port}`;
  });

  it('exits 1 and prints the blockers when the entity is not ready', async () => {
    const result = await gate(['component:default/bare', '--url', url], {
      SMO_TOKEN: token,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✘ component:default/bare is not ready');
    expect(result.stdout).toContain(
      '- offering.catalogued [fail] delivers no ServiceOffering that is not retired',
    );
    expect(result.stdout).toContain('fix: ');
  });

  it('exits 0 when ready, reading URL and token from the environment', async () => {
    // Without the attestation checks, checkout passes every check.
    const { server } = await startTestBackend({
      features: [
        smoPlugin,
        catalogServiceMock.factory({
          entities: [...portfolio(), readyComponent()],
        }),
        mockServices.rootConfig.factory({
          data: {
            smo: {
              readiness: {
                checks: {
                  'continuity.restore-tested': { enabled: false },
                  'security.review': { enabled: false },
                },
              },
            },
          },
        }),
      ],
    });
    const local = `http://localhost:${(server.address() as AddressInfo).port}`;
    const result = await gate(['component:default/checkout'], {
      SMO_BACKEND_URL: local,
      SMO_TOKEN: token,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '✔ component:default/checkout is ready for operations (score ',
    );
    const json = await gate(['component:default/checkout', '--json'], {
      SMO_BACKEND_URL: local,
      SMO_TOKEN: token,
    });
    expect(JSON.parse(json.stdout)).toMatchObject({
      pass: true,
      verdict: 'ready',
      blockers: [],
    });
  });

  it('exits 2 on usage errors, bad tokens and unknown entities', async () => {
    const withToken = { SMO_TOKEN: token };
    expect((await gate([])).code).toBe(2);
    expect((await gate(['not a ref', '--url', url], withToken)).code).toBe(2);
    const unauthorized = await gate(['component:default/bare', '--url', url], {
      SMO_TOKEN: 'nope',
    });
    expect(unauthorized.code).toBe(2);
    expect(unauthorized.stderr).toContain('smo-gate: 401');
    const missing = await gate(
      ['component:default/ghost', '--url', url],
      withToken,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('smo-gate: 404');
    expect(
      (
        await gate(
          ['component:default/bare', '--url', 'http://127.0.0.1:9'],
          withToken,
        )
      ).code,
    ).toBe(2);
  });

  it('takes the token from SMO_TOKEN or a file, never from the command line (issue 14)', async () => {
    const onCommandLine = await gate([
      'component:default/bare',
      '--url',
      url,
      '--token',
      token,
    ]);
    expect(onCommandLine.code).toBe(2);
    expect(onCommandLine.stderr).toContain('--token is not accepted');
    const file = join(mkdtempSync(join(tmpdir(), 'smo-gate-')), 'token');
    writeFileSync(file, `${token}\n`);
    const fromFile = await gate([
      'component:default/bare',
      '--url',
      url,
      '--token-file',
      file,
    ]);
    expect(fromFile.code).toBe(1); // bare is not ready: the token was accepted
  });

  describe('against something that is not a trustworthy gate answer (issue 14)', () => {
    let fake: Server;
    let answer: { status: number; type: string; body: string };
    let fakeUrl: string;
    beforeAll(async () => {
      fake = createServer((_req, res) => {
        res.writeHead(answer.status, { 'content-type': answer.type });
        res.end(answer.body);
      });
      await new Promise<void>(resolveListen =>
        fake.listen(0, '127.0.0.1', () => resolveListen()),
      );
      fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
    });
    afterAll(() => fake.close());
    const gateAnswer = (evaluatedAt: string) =>
      JSON.stringify({
        entityRef: 'component:default/bare',
        pass: true,
        verdict: 'ready',
        score: 100,
        evaluatedAt,
        blockers: [],
      });
    const ask = (...extra: string[]) =>
      gate(['component:default/bare', '--url', fakeUrl, ...extra], {
        SMO_TOKEN: token,
      });

    it('exits 2, not 1, on a 200 that is not a gate answer', async () => {
      answer = { status: 200, type: 'text/html', body: '<html>login</html>' };
      const html = await ask();
      expect(html.code).toBe(2);
      expect(html.stderr).toContain('not a gate answer');
      answer = { status: 200, type: 'application/json', body: '{"ok":true}' };
      expect((await ask()).code).toBe(2);
    });

    it('exits 2 when the evaluation is older than --max-age (1h by default)', async () => {
      const twoHoursAgo = new Date(Date.now() - 2 * 3600_000).toISOString();
      answer = {
        status: 200,
        type: 'application/json',
        body: gateAnswer(twoHoursAgo),
      };
      const stale = await ask();
      expect(stale.code).toBe(2);
      expect(stale.stderr).toContain('120 minutes old');
      expect((await ask('--max-age', '3h')).code).toBe(0);
      expect((await ask('--max-age', '0')).code).toBe(0);
      expect((await ask('--max-age', 'soon')).code).toBe(2);
      answer.body = gateAnswer(new Date().toISOString());
      expect((await ask()).code).toBe(0);
    });
  });
});
