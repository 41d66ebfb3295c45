import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { execFile } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { smoPlugin } from './plugin';
import { portfolio, readyComponent } from './__testUtils__/fixtures';

const cli = require.resolve('@smo-backstage/plugin-smo-node/bin/smo-gate.js');
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
    const result = await gate([
      'component:default/bare',
      '--url',
      url,
      '--token',
      token,
    ]);
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
    expect((await gate([])).code).toBe(2);
    expect(
      (await gate(['not a ref', '--url', url, '--token', token])).code,
    ).toBe(2);
    const unauthorized = await gate([
      'component:default/bare',
      '--url',
      url,
      '--token',
      'nope',
    ]);
    expect(unauthorized.code).toBe(2);
    expect(unauthorized.stderr).toContain('smo-gate: 401');
    const missing = await gate([
      'component:default/ghost',
      '--url',
      url,
      '--token',
      token,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('smo-gate: 404');
    expect(
      (
        await gate([
          'component:default/bare',
          '--url',
          'http://127.0.0.1:9',
          '--token',
          token,
        ])
      ).code,
    ).toBe(2);
  });
});
