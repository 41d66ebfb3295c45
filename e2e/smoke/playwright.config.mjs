// Step `smoke` of ./run test: the real demo backend on a spare loopback port (SMOKE_BACKEND_PORT, 7017), its catalog
// and SMO API over HTTP.
import { demoBackend, smoConfig } from '../lib/playwright.mjs';

const port = Number(process.env.SMOKE_BACKEND_PORT ?? 7017);

export default await smoConfig({
  testDir: '.',
  testMatch: ['backend.spec.mjs'],
  baseURL: `http://localhost:${port}`,
  webServer: demoBackend(port),
});
