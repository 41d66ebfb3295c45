// Starts the real demo backend on a spare loopback port and checks that the catalog and the SMO
// API answer. Writes a Jest-style JSON report (argv[2]) so scripts/test-all.mjs can count it.
import { spawn } from 'node:child_process';
import {
  createRun,
  expect,
  guestToken,
  poll,
  stopGroup,
} from '../lib/harness.mjs';

const reportFile = process.argv[2];
const port = Number(process.env.SMOKE_BACKEND_PORT ?? 7017);
const base = `http://localhost:${port}`;
const deadline = Date.now() + 240_000;
const { test, record, writeReport } = createRun();

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

const expectStatus = (res, status) =>
  expect(res.status === status, `expected HTTP ${status}, got ${res.status}`);

try {
  const token = await poll(
    'the backend to issue a guest token',
    () => guestToken(base),
    deadline,
  );
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
    await poll(
      'example entities',
      async () => {
        const res = await fetch(
          `${base}/api/catalog/entities/by-query?limit=1&filter=kind=component`,
          { headers: auth },
        );
        return res.ok && (await res.json()).totalItems > 0;
      },
      deadline,
    );
  });
  await test('SMO API is up', async () => {
    const res = await fetch(`${base}/api/smo/health`, { headers: auth });
    expectStatus(res, 200);
    const body = await res.json();
    expect(body.status === 'ok', `unexpected body ${JSON.stringify(body)}`);
  });
  await test('SMO kinds are ingested with their relations', async () => {
    await poll(
      'the example SMO entities',
      async () => {
        const res = await fetch(
          `${base}/api/catalog/entities/by-name/serviceoffering/default/online-checkout`,
          { headers: auth },
        );
        if (!res.ok) return false;
        const offering = await res.json();
        return (
          offering.relations.some(r => r.type === 'governedBy') &&
          offering.relations.some(r => r.type === 'deliveredBy')
        );
      },
      deadline,
    );
  });
  await test('the demo scores example components as the examples intend', async () => {
    const readiness = async name => {
      const res = await fetch(
        `${base}/api/smo/readiness/component/default/${name}`,
        { headers: auth },
      );
      expectStatus(res, 200);
      return res.json();
    };
    const ready = await readiness('loyalty-api');
    expect(
      ready.verdict === 'ready',
      `loyalty-api: ${ready.verdict}, blockers ${ready.blockers}`,
    );
    const blocked = await readiness('fraud-screening');
    expect(
      blocked.verdict === 'not-ready' &&
        blocked.blockers.includes('ops.runbook'),
      `fraud-screening: ${blocked.verdict}, blockers ${blocked.blockers}`,
    );
  });
  // Issue 14 on the demo backend, as the guest, who holds every role on purpose.
  const smo = async (path, body) => {
    const res = await fetch(`${base}/api/smo${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { ...auth, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const refused = (res, message) =>
    expect(
      res.status === 403 && res.body.error?.message === message,
      `expected 403 "${message}", got ${res.status} ${JSON.stringify(
        res.body,
      )}`,
    );
  const ENTITY = 'component:default/click-and-collect-api';
  await test('separation of duties: the guest cannot decide the waiver he requested', async () => {
    const { body: readiness } = await smo(
      '/readiness/component/default/click-and-collect-api',
    );
    const open = readiness.checks.find(c => c.status !== 'pass');
    expect(open, 'click-and-collect-api has no check to waive');
    const waiver = await smo('/waivers', {
      entityRef: ENTITY,
      checkId: open.id,
      justification: 'smoke test',
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    expectStatus(waiver, 201);
    refused(
      await smo(`/waivers/${waiver.body.id}/decision`, { decision: 'approve' }),
      'Separation of duties: the requester of a waiver cannot decide it; someone else from the SMO must.',
    );
  });
  await test('separation of duties: the guest cannot give two sign-offs on one handover', async () => {
    const created = await smo('/handovers', { entityRef: ENTITY });
    expectStatus(created, 201);
    let version = 1;
    for (const action of ['submit', 'start-review']) {
      const moved = await smo(`/handovers/${created.body.id}/transitions`, {
        action,
        version,
      });
      expectStatus(moved, 200);
      version = moved.body.version;
    }
    const sign = role =>
      smo(`/handovers/${created.body.id}/sign-offs`, {
        role,
        decision: 'approve',
      });
    expectStatus(await sign('service-owner'), 201);
    refused(
      await sign('incident-process-owner'),
      'Separation of duties: one person gives at most one sign-off per review round, and this person already signed off as service-owner.',
    );
  });
  await test('an unconfirmed offering claim changes no tier (click-and-collect over store-pos-sync)', async () => {
    const { body } = await smo('/readiness/component/default/store-pos-sync');
    const claim = 'serviceoffering:default/click-and-collect';
    expect(
      body.basis.unconfirmedOfferings?.includes(claim) &&
        !body.basis.offerings.includes(claim) &&
        body.tierSource.entityRef !== claim,
      `store-pos-sync: tier ${body.tier} from ${JSON.stringify(
        body.tierSource,
      )}, basis ${JSON.stringify(body.basis)}`,
    );
  });
  await test('SMO API refuses an anonymous caller', async () => {
    expectStatus(await fetch(`${base}/api/smo/health`), 401);
  });
} catch (e) {
  record(
    'backend starts',
    false,
    `${e.message}\n--- backend output ---\n${output.slice(-4000)}`,
  );
} finally {
  stopGroup(backend);
}

process.exit(writeReport(reportFile) === 0 ? 0 : 1);
