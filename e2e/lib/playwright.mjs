// What every @playwright/test config of e2e/ shares: one worker (one demo backend on 2 cores; specs that change its
// data run in order), no retries (a flaky test is a finding), waits that are ceilings sized for a cold, loaded machine,
// web servers that are ours alone (never reuse one found on the port), and a JSON report at SMO_E2E_REPORT that
// scripts/test-all.mjs counts. Browser suites get the project's Chromium: CHROMIUM_PATH, the system's, or the one
// scripts/ensure-chromium.mjs unpacks from the npm registry.
import { defineConfig } from '@playwright/test';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';

/**
 * A config for the specs matching `testMatch` in `testDir`, against `baseURL`, with `webServer` (one or an array)
 * started before and stopped after; `browser: true` launches Chromium for the specs' pages.
 */
export async function smoConfig({
  testDir,
  testMatch,
  baseURL,
  backendURL,
  webServer,
  browser = false,
  use,
  ...rest
}) {
  const report = process.env.SMO_E2E_REPORT;
  const servers = [webServer ?? []].flat().map(server => ({
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    cwd: new URL('../..', import.meta.url).pathname,
    ...server,
  }));
  return defineConfig({
    testDir,
    testMatch,
    outputDir: new URL('../artifacts/results', import.meta.url).pathname,
    workers: 1,
    fullyParallel: false,
    retries: 0,
    forbidOnly: true,
    timeout: 180_000,
    expect: { timeout: 30_000 },
    reporter: [['list'], ...(report ? [['json', { outputFile: report }]] : [])],
    webServer: servers,
    use: {
      baseURL,
      backendURL: backendURL ?? baseURL,
      ...(browser && {
        browserName: 'chromium',
        viewport: { width: 1360, height: 900 },
        actionTimeout: 30_000,
        navigationTimeout: 60_000,
        screenshot: 'only-on-failure',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? (await ensureChromium()),
          // No background traffic: the machines have no network.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      ...use,
    },
    ...rest,
  });
}

/** A demo backend started with `yarn workspace backend start` on `port`, with `env` added to the config. */
export function demoBackend(port, env = {}) {
  const base = `http://localhost:${port}`;
  return {
    command: 'yarn workspace backend start',
    url: `${base}/.backstage/health/v1/readiness`,
    // A cold backend start on a loaded 2-core machine.
    timeout: 600_000,
    env: {
      ...process.env,
      APP_CONFIG_backend_listen_port: String(port),
      APP_CONFIG_backend_baseUrl: base,
      ...env,
    },
  };
}
