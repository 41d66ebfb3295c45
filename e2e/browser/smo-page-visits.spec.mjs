// The SMO page must render on every visit. Issue 13: it often stayed a progress bar forever — two document titles on
// one page flipped document.title on every render attempt, the notifications sidebar item's title counter answered
// each flip with an update, and that update interrupted the page's first render before it could commit. The failure
// depended on timing, so the page is visited every way a person reaches it, in several fresh sessions; run on the
// production build (playwright.config.mjs) and on the dev server (playwright.dev.config.mjs).
import { test } from './fixtures.mjs';

const SESSIONS = 3;

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
    await page.goto('/catalog/default/component/loyalty-api');
    await page.getByText('Every blocking check is met.').waitFor();
    await sidebarSmo(page).click();
  },
  'the address typed in again': page => page.goto(page.url()),
};

for (let session = 1; session <= SESSIONS; session++) {
  test(`session ${session}: the SMO page renders on every way a person reaches it`, async ({
    guest,
  }) => {
    for (const [way, visit] of Object.entries(VISITS)) {
      await test.step(way, async () => {
        await visit(guest);
        await smoPageShown(guest);
      });
    }
  });
}
