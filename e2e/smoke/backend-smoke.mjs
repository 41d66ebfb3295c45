// Starts the real demo backend on a spare loopback port and checks that the catalog and the SMO
// API answer. Writes a Jest-style JSON report (argv[2]) so scripts/test-all.mjs can count it.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const reportFile = process.argv[2];
const port = Number(process.env.SMOKE_BACKEND_PORT ?? 7017);
const base = `http://localhost:${port}`;
const deadline = Date.now() + 240_000;

const backend = spawn('yarn', ['workspace', 'backend', 'start'], {
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env,
    APP_CONFIG_backend_listen_port: String(port),
    APP_CONFIG_backend_baseUrl: base,
  },
});
let output = '';
backend.stdout.on('data', d => (output += d));
backend.stderr.on('data', d => (output += d));

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function poll(what, fn) {
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(1000);
  }
}

async function guestToken() {
  const res = await fetch(`${base}/api/auth/guest/refresh`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!res.ok) return undefined;
  return (await res.json()).backstageIdentity.token;
}

const tests = [];
async function test(name, fn) {
  try {
    await fn();
    tests.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (e) {
    tests.push({ name, ok: false });
    console.log(`  ✗ ${name}: ${e.message}`);
  }
}

function expectStatus(res, status) {
  if (res.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${res.status}`);
  }
}

try {
  const token = await poll('the backend to issue a guest token', guestToken);
  const auth = { authorization: `Bearer ${token}` };

  await test('catalog API answers an authenticated caller', async () => {
    expectStatus(
      await fetch(`${base}/api/catalog/entities?limit=1`, { headers: auth }),
      200,
    );
  });
  await test('catalog API refuses an anonymous caller', async () => {
    expectStatus(await fetch(`${base}/api/catalog/entities?limit=1`), 401);
  });
  await test('example catalog is ingested', async () => {
    await poll('example entities', async () => {
      const res = await fetch(
        `${base}/api/catalog/entities/by-query?limit=1&filter=kind=component`,
        {
          headers: auth,
        },
      );
      return res.ok && (await res.json()).totalItems > 0;
    });
  });
  await test('SMO API is up', async () => {
    const res = await fetch(`${base}/api/smo/health`, { headers: auth });
    expectStatus(res, 200);
    const body = await res.json();
    if (body.status !== 'ok')
      throw new Error(`unexpected body ${JSON.stringify(body)}`);
  });
  await test('SMO kinds are ingested with their relations', async () => {
    await poll('the example SMO entities', async () => {
      const res = await fetch(
        `${base}/api/catalog/entities/by-name/serviceoffering/default/online-checkout`,
        {
          headers: auth,
        },
      );
      if (!res.ok) return false;
      const offering = await res.json();
      return (
        offering.relations.some(r => r.type === 'governedBy') &&
        offering.relations.some(r => r.type === 'deliveredBy')
      );
    });
  });
  await test('the demo scores example components as the examples intend', async () => {
    const verdict = async name => {
      const res = await fetch(
        `${base}/api/smo/readiness/component/default/${name}`,
        { headers: auth },
      );
      expectStatus(res, 200);
      return res.json();
    };
    const ready = await verdict('loyalty-api');
    if (ready.verdict !== 'ready')
      throw new Error(
        `loyalty-api: ${ready.verdict}, blockers ${ready.blockers}`,
      );
    const blocked = await verdict('fraud-screening');
    if (
      blocked.verdict !== 'not-ready' ||
      !blocked.blockers.includes('ops.runbook')
    ) {
      throw new Error(
        `fraud-screening: ${blocked.verdict}, blockers ${blocked.blockers}`,
      );
    }
  });
  await test('SMO API refuses an anonymous caller', async () => {
    expectStatus(await fetch(`${base}/api/smo/health`), 401);
  });
} catch (e) {
  tests.push({ name: 'backend starts', ok: false });
  console.log(
    `  ✗ backend starts: ${e.message}\n--- backend output ---\n${output.slice(
      -4000,
    )}`,
  );
} finally {
  try {
    process.kill(-backend.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

const failed = tests.filter(t => !t.ok).length;
writeFileSync(
  reportFile,
  JSON.stringify({
    numPassedTests: tests.length - failed,
    numFailedTests: failed,
    numRuntimeErrorTestSuites: 0,
  }),
);
process.exit(failed === 0 ? 0 : 1);
