// Step `e2e` of ./run test: the app built for production (rspack: seconds) and served by the real demo backend's
// app-backend, which injects the runtime config — more robust on 2 cores than a dev server with file watchers — on a
// spare port (E2E_BACKEND_PORT, 7027) so a running demo is left alone. The demo database is in memory: each run starts
// clean. `SMO_E2E_UPDATE_DOCS=1` also copies the screenshots docs/ shows into docs/screenshots/.
import { demoBackend, smoConfig } from '../lib/playwright.mjs';

const port = Number(process.env.E2E_BACKEND_PORT ?? 7027);
const base = `http://localhost:${port}`;
const backend = demoBackend(port, {
  APP_CONFIG_app_baseUrl: base,
  APP_CONFIG_backend_cors_origin: base,
});

export default await smoConfig({
  testDir: '.',
  testMatch: [
    'governance.spec.mjs',
    'handover.spec.mjs',
    'smo-page-visits.spec.mjs',
    'service-levels.spec.mjs',
    'rollups.spec.mjs',
    'improvement.spec.mjs',
    // Files run in alphabetical order, so this one first: it withdraws what it creates (click-and-collect-api only).
    'accessibility.spec.mjs',
  ],
  browser: true,
  baseURL: base,
  webServer: {
    ...backend,
    command: `yarn workspace app build && ${backend.command}`,
  },
  globalTeardown: process.env.SMO_E2E_UPDATE_DOCS
    ? './update-docs.mjs'
    : undefined,
});
