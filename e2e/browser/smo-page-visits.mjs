import { signedInAs } from '../lib/harness.mjs';

// The SMO page must render on every visit. Issue 13: it often stayed a progress bar forever — two document titles on
// one page flipped document.title on every render attempt, the notifications sidebar item's title counter answered
// each flip with an update, and that update interrupted the page's first render before it could commit. The failure
// depended on timing, so the page is visited the ways a person reaches it, in several fresh sessions.

const SESSIONS = 3;
// A ceiling, not a wait: a visit passes as soon as the page shows its table.
const VISIT_TIMEOUT_MS = 60_000;

/** Signs in as the demo guest in a fresh browser context; returns its page. */
const freshSession = (browser, base) =>
  signedInAs(browser, base, 'Demo Guest', VISIT_TIMEOUT_MS);

async function smoPageShown(page) {
  await page.waitForURL(/\/smo(\?|$)/);
  await page.getByRole('heading', { name: 'Service readiness' }).waitFor();
  await page.getByRole('table', { name: 'Scored components' }).waitFor();
}

const sidebarSmo = page => page.getByRole('link', { name: 'SMO' }).first();

/** The ways a person reaches /smo, in order within one session. */
const VISITS = {
  "a fresh session's first visit, from the sidebar": page =>
    sidebarSmo(page).click(),
  'a reload': page => page.reload(),
  'a return from the sidebar after another page': async page => {
    const origin = new URL(page.url()).origin;
    await page.goto(`${origin}/catalog/default/component/loyalty-api`);
    await page.getByText('Every blocking check is met.').waitFor();
    await sidebarSmo(page).click();
  },
  'the address typed in again': page => page.goto(page.url()),
};

/**
 * Visits /smo every way in {@link VISITS}, in several fresh sessions; one test per way, failing with the session
 * and visit that stayed blank (and a screenshot of it at `shotPath(name)`).
 */
export async function smoPageVisits({ browser, base, test, label, shotPath }) {
  const failures = Object.fromEntries(Object.keys(VISITS).map(k => [k, []]));
  for (let session = 1; session <= SESSIONS; session++) {
    const page = await freshSession(browser, base);
    try {
      for (const [way, visit] of Object.entries(VISITS)) {
        try {
          await visit(page);
          await smoPageShown(page);
        } catch (e) {
          failures[way].push(`session ${session}: ${e.message.split('\n')[0]}`);
          await page
            .screenshot({
              path: shotPath(
                `smo-blank-${label.replace(/\W+/g, '-')}-${session}`,
              ),
            })
            .catch(() => {});
        }
      }
    } finally {
      await page.context().close();
    }
  }
  for (const [way, failed] of Object.entries(failures)) {
    await test(`${label}: the SMO page renders on ${way} (${SESSIONS} sessions)`, async () => {
      if (failed.length) throw new Error(failed.join('; '));
    });
  }
}
