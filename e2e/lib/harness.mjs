// What the e2e scripts share: a test recorder that writes the Jest-style JSON report scripts/test-all.mjs counts,
// polling with a deadline, the demo's guest token, a headless Chromium, and stopping spawned process groups.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';

export const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Records named tests; `writeReport` returns the number of failures. */
export function createRun() {
  const started = Date.now();
  const results = [];
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;

  function record(name, ok, detail = '') {
    results.push({ name, ok });
    console.log(ok ? `  ✓ ${name} (${elapsed()})` : `  ✗ ${name}: ${detail}`);
    return ok;
  }

  async function test(name, fn) {
    try {
      await fn();
      return record(name, true);
    } catch (e) {
      return record(name, false, e.message.split('\n').slice(0, 3).join(' '));
    }
  }

  function writeReport(file, { skipped = 0 } = {}) {
    const failed = results.filter(r => !r.ok).length;
    writeFileSync(
      file,
      JSON.stringify({
        numPassedTests: results.length - failed,
        numFailedTests: failed,
        numPendingTests: skipped,
        numRuntimeErrorTestSuites: 0,
      }),
    );
    return failed;
  }

  return { test, record, writeReport, elapsed, results };
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Calls `fn` every second until it returns something truthy; errors count as "not yet". */
export async function poll(what, fn, deadline) {
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch {
      // not there yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(1000);
  }
}

/** A token of the demo's guest user, or undefined while the backend is not up. */
export async function guestToken(base) {
  const res = await fetch(`${base}/api/auth/guest/refresh`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  return res.ok ? (await res.json()).backstageIdentity.token : undefined;
}

/**
 * The SMO API of the backend at `base`, through the client generated from the OpenAPI document (`DefaultApiClient` of
 * plugin-smo-common, loaded from its TypeScript sources): `await smo.listReadiness({ query: { limit: 1 } })` resolves
 * with the answer's body, and rejects naming the operation and the status when the answer is not 2xx.
 */
export function smoApi(base, token) {
  const require = createRequire(import.meta.url);
  require('@backstage/cli/config/nodeTransform.cjs');
  const { DefaultApiClient } = require('@smo-backstage/plugin-smo-common');
  const client = new DefaultApiClient({
    discoveryApi: { getBaseUrl: async pluginId => `${base}/api/${pluginId}` },
  });
  return new Proxy(client, {
    get: (target, operation) => async request => {
      const res = await target[operation](request, { token });
      if (!res.ok) throw new Error(`${String(operation)}: HTTP ${res.status}`);
      return res.json();
    },
  });
}

/**
 * Opens a fresh browser context (its own storage, so its own sign-in) and signs in on the demo's sign-in page as the
 * person titled `who` (smoDemo.personas, e.g. "Grace Kim"); returns its page once the app's sidebar shows.
 */
export async function signedInAs(browser, base, who, timeout = 60_000) {
  const context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  await page.goto(base);
  await page.getByRole('button', { name: `Sign in as ${who}` }).click();
  await page.getByRole('link', { name: 'SMO' }).first().waitFor();
  return page;
}

/**
 * A headless Chromium with no background traffic (the machines have no network): CHROMIUM_PATH or the system's, else
 * the one scripts/ensure-chromium.mjs unpacks from the npm registry.
 */
export async function launchChromium() {
  return chromium.launch({
    executablePath: await ensureChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Stops a process started with `detached: true` together with its children. */
export function stopGroup(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
