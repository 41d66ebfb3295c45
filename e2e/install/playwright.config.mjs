// Steps `install` and `install-newest` (SMO_INSTALL_NEWEST=1) of ./run test: install.spec.mjs, in Chromium.
import { smoConfig } from '../lib/playwright.mjs';

export default await smoConfig({
  testDir: '.',
  testMatch: ['install.spec.mjs'],
  browser: true,
});
