// The fixtures every browser spec shares (@playwright/test): the running demo's SMO API once its first readiness sweep
// has scored the examples, people of the example organisation signed in on the demo's sign-in page, each in a browser
// context of its own, and screenshots into e2e/artifacts/. A page that throws an uncaught error fails its test.
import { expect, test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { smoApi, waitForGuestToken } from '../lib/harness.mjs';

const artifacts = new URL('../artifacts', import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });

/** Where screenshot `name` is written: e2e/artifacts/<name>.png (git-ignored; update-docs.mjs copies some to docs/). */
export const shotPath = name => join(artifacts, `${name}.png`);

export { expect };

/**
 * People signing in to the app at `baseURL`: `signIn(who)` opens a page in a fresh browser context (its own storage,
 * so its own sign-in) and signs in as that person of smoDemo.personas, e.g. "Grace Kim", on the demo's sign-in page,
 * resolving once the app's sidebar shows; `close()` closes their contexts and fails on any uncaught page error.
 */
export function signInto(browser, baseURL) {
  const pages = [];
  const errors = [];
  return {
    async signIn(who) {
      const context = await browser.newContext({
        baseURL,
        viewport: { width: 1360, height: 900 },
      });
      const page = await context.newPage();
      page.on('pageerror', e => errors.push(`${who}: ${e.message}`));
      pages.push(page);
      await page.goto('/');
      await page.getByRole('button', { name: `Sign in as ${who}` }).click();
      await page.getByRole('link', { name: 'SMO' }).first().waitFor();
      return page;
    },
    async close() {
      await Promise.all(
        pages.map(p =>
          p
            .context()
            .close()
            .catch(() => {}),
        ),
      );
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
  };
}

export const test = base.extend({
  // The demo backend's base URL (the dev server serves the app on a port of its own).
  backendURL: [undefined, { option: true, scope: 'worker' }],

  /** The demo backend once it serves a guest token and its first sweep has scored every example component. */
  demo: [
    async ({ backendURL: backend }, use) => {
      const token = await waitForGuestToken(backend, 240_000);
      const smo = smoApi(backend, token);
      const catalogCount = async () => {
        const res = await fetch(
          `${backend}/api/catalog/entities/by-query?limit=1&filter=kind=component`,
          { headers: { authorization: `Bearer ${token}` } },
        );
        return (await res.json()).totalItems;
      };
      await expect
        .poll(
          async () => {
            const components = await catalogCount();
            const scored = (await smo.listReadiness({ query: { limit: 1 } }))
              .totalCount;
            return components >= 10 && scored >= components;
          },
          {
            message:
              'the examples in the catalog and the first readiness sweep',
            timeout: 240_000,
            intervals: [1000],
          },
        )
        .toBe(true);
      await use({ base: backend, token, smo, catalogCount });
    },
    { scope: 'worker', timeout: 300_000 },
  ],

  /**
   * `await signIn('Grace Kim')`: a page in a fresh browser context (its own storage, so its own sign-in), signed in as
   * that person of smoDemo.personas once the app's sidebar shows. Contexts close after the test; uncaught page errors
   * fail it.
   */
  signIn: async ({ browser, baseURL, demo }, use) => {
    void demo; // the examples must be scored before anyone looks
    const people = signInto(browser, baseURL);
    await use(people.signIn);
    await people.close();
  },

  /** The demo guest's page. */
  guest: async ({ signIn }, use) => use(await signIn('Demo Guest')),
});
