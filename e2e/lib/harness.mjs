// What the e2e specs share about the demo they run against: its guest token, its SMO API through the generated
// client, and stopping a process group they spawned. The runner and its config are @playwright/test's (playwright.mjs).
import { expect } from '@playwright/test';
import { createRequire } from 'node:module';

/** A token of the demo's guest user, or undefined while the backend is not up. */
export async function guestToken(base) {
  const res = await fetch(`${base}/api/auth/guest/refresh`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  return res.ok ? (await res.json()).backstageIdentity.token : undefined;
}

/** Waits (up to `timeout` ms) until the backend at `base` issues a guest token; resolves with it. */
export async function waitForGuestToken(base, timeout) {
  let token;
  await expect
    .poll(async () => (token = await guestToken(base).catch(() => undefined)), {
      message: `a guest token from ${base}`,
      timeout,
      intervals: [1000],
    })
    .toBeTruthy();
  return token;
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

/** Stops a process started with `detached: true` together with its children. */
export function stopGroup(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
