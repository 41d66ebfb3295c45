// The fixtures every browser spec shares (@playwright/test): the running demo's SMO API once its first readiness sweep
// has scored the examples, people of the example organisation signed in on the demo's sign-in page, each in a browser
// context of its own, and screenshots into e2e/artifacts/. A page that throws an uncaught error fails its test.
import { expect, test as base } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { smoApi, waitForGuestToken } from '../lib/harness.mjs';

const artifacts = new URL('../artifacts', import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });

/** Where screenshot `name` is written: e2e/artifacts/<name>.png (git-ignored; update-docs.mjs copies some to docs/). */
export const shotPath = name => join(artifacts, `${name}.png`);

export { expect };

/**
 * People signing in to the app at `baseURL`: `signIn(who, { theme })` opens a page in a fresh browser context (its own
 * storage, so its own sign-in) and signs in as that person of smoDemo.personas, e.g. "Grace Kim", on the demo's sign-in
 * page in `theme` ('light' or 'dark'; the app's default when not given), resolving once the app's sidebar shows; `close()` closes their contexts and fails on any uncaught page error.
 */
export function signInto(browser, baseURL) {
  const pages = [];
  const errors = [];
  return {
    async signIn(who, { theme } = {}) {
      const context = await browser.newContext({
        baseURL,
        viewport: { width: 1360, height: 900 },
      });
      // Backstage keeps the chosen theme ('light' or 'dark') in localStorage under `theme`.
      if (theme) {
        await context.addInitScript(id => {
          try {
            localStorage.setItem('theme', id);
          } catch {
            // an error page (the backend not up) has no localStorage
          }
        }, theme);
      }
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

// Accessibility (issue 20): axe-core injected into the page, and what a keyboard-only person does.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
/** The axe impacts a page must not have. */
export const BLOCKING_IMPACTS = ['serious', 'critical'];

/**
 * Resolves once the page is still: no indeterminate progress indicator (something is loading), and no transition or
 * animation running (a dialog fading in has the contrast of a half-transparent one).
 */
export async function settled(page) {
  await page.waitForFunction(
    () =>
      !document.querySelector('[role="progressbar"]:not([aria-valuenow])') &&
      document
        .getAnimations()
        // Scroll-driven animations (Backstage UI's card shadows) run as long as the page shows.
        .filter(a => a.timeline === document.timeline)
        .every(
          a =>
            a.playState !== 'running' ||
            a.effect?.getComputedTiming().iterations === Infinity,
        ),
    undefined,
    { polling: 100, timeout: 30_000 },
  );
}

/**
 * What axe-core (WCAG 2 A and AA and best practices) finds on the page as it is now, or inside `include` (a CSS
 * selector), one entry a rule: its id, impact, help and the nodes it found, each as its target and a summary.
 */
export async function axeFindings(page, { include } = {}) {
  // Evaluated rather than added as a script tag: the app's Content Security Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.evaluate(axeSource);
  return page.evaluate(async selector => {
    const result = await window.axe.run(selector ?? document, {
      resultTypes: ['violations'],
    });
    return result.violations.map(v => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map(n => ({
        target: n.target.join(' '),
        summary: n.failureSummary,
        html: n.html.slice(0, 200),
      })),
    }));
  }, include);
}

/**
 * Runs axe on the page once it has settled and fails on a serious or critical finding; every finding is attached to
 * the test's report and written to e2e/artifacts/axe/<label>.json, and counted on the console, so moderate ones are
 * seen too.
 */
export async function expectAccessible(page, label, options) {
  await settled(page);
  const findings = await axeFindings(page, options);
  const count = impacts =>
    findings
      .filter(f => impacts.includes(f.impact))
      .reduce((n, f) => n + f.nodes.length, 0);
  // eslint-disable-next-line no-console
  console.log(
    `axe ${label}: ${count(['critical'])} critical, ${count([
      'serious',
    ])} serious, ${count(['moderate'])} moderate, ${count(['minor'])} minor${
      findings.length
        ? ` (${findings
            .map(f => `${f.id}:${f.impact}×${f.nodes.length}`)
            .join(', ')})`
        : ''
    }`,
  );
  const json = JSON.stringify(findings, null, 2);
  mkdirSync(join(artifacts, 'axe'), { recursive: true });
  writeFileSync(
    join(artifacts, 'axe', `${label.replace(/[^\w.-]+/g, '-')}.json`),
    json,
  );
  await base.info().attach(`axe ${label}.json`, {
    body: json,
    contentType: 'application/json',
  });
  const blocking = findings
    .filter(f => BLOCKING_IMPACTS.includes(f.impact))
    .map(
      f =>
        `${f.impact} ${f.id} (${f.help}): ${f.nodes
          .map(n => `${n.target} — ${n.html}`)
          .join(' | ')}`,
    );
  expect
    .soft(blocking, `serious or critical axe findings on ${label}`)
    .toEqual([]);
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element is `target` (a locator), at most `max` times;
 * fails naming what had the focus last. The way a keyboard-only person reaches a control.
 */
export async function tabTo(
  page,
  target,
  { max = 80, backwards = false } = {},
) {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    if (await handle.evaluate(el => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  const focused = await page.evaluate(
    () => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing',
  );
  throw new Error(
    `${max} presses of Tab did not reach ${target}; the focus is on ${focused}`,
  );
}

/** Expects the keyboard focus inside `container` (a locator, e.g. a dialog). */
export async function expectFocusInside(container) {
  await expect
    .poll(() => container.evaluate(el => el.contains(document.activeElement)), {
      message: 'the focus inside',
    })
    .toBe(true);
}
