// Step `e2e-dev` of ./run test: the SMO page in the dev server, started the way README's `./run start` does
// (`yarn start`: webpack dev server for the app, the backend beside it), on spare ports (E2E_DEV_APP_PORT 3037,
// E2E_DEV_BACKEND_PORT 7037) so a running demo is left alone. The production build is covered by playwright.config.mjs;
// issue 13's blank page showed most often here.
import { demoBackend, smoConfig } from '../lib/playwright.mjs';

const appPort = Number(process.env.E2E_DEV_APP_PORT ?? 3037);
const backendPort = Number(process.env.E2E_DEV_BACKEND_PORT ?? 7037);
const app = `http://localhost:${appPort}`;
const backend = demoBackend(backendPort, {
  APP_CONFIG_app_baseUrl: app,
  APP_CONFIG_backend_cors_origin: app,
});

export default await smoConfig({
  testDir: '.',
  testMatch: ['smo-page-visits.spec.mjs'],
  browser: true,
  baseURL: app,
  backendURL: `http://localhost:${backendPort}`,
  // The first webpack compile: the app's URL answers once it is served.
  webServer: { ...backend, command: 'yarn start', url: app },
});
