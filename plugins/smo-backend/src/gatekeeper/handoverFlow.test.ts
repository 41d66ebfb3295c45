import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';

const as = (user: string) =>
  mockCredentials.user.header(`user:default/${user}`);
const CHECKOUT = 'component:default/checkout';

describe('handover workflow over HTTP', () => {
  it('walks a component from not ready through sign-offs to operational, auditing and logging every step', async () => {
    const { server, recorded } = await startGatekeeperBackend();
    const api = (user: string) => ({
      post: (path: string, body: object) =>
        request(server)
          .post(`/api/smo${path}`)
          .set('Authorization', as(user))
          .send(body),
      get: (path: string) =>
        request(server).get(`/api/smo${path}`).set('Authorization', as(user)),
    });

    const created = await api('alice').post('/handovers', {
      entityRef: CHECKOUT,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      state: 'draft',
      version: 1,
      round: 1,
      requestedBy: 'user:default/alice',
    });
    const id = created.body.id;
    const move = (
      user: string,
      action: string,
      version: number,
      comment?: string,
    ) =>
      api(user).post(`/handovers/${id}/transitions`, {
        action,
        version,
        ...(comment ? { comment } : {}),
      });

    expect(
      (await api('alice').post('/handovers', { entityRef: CHECKOUT })).status,
    ).toBe(409);
    expect((await move('alice', 'submit', 1)).body.state).toBe('submitted');
    expect(recorded.notifications).toContainEqual({
      recipients: { type: 'entity', entityRef: ['group:default/smo'] },
      title: `Handover of ${CHECKOUT} submitted for review`,
    });
    // The developer may not decide; the SMO may.
    expect((await move('alice', 'start-review', 2)).status).toBe(403);
    expect((await move('sam', 'start-review', 2)).body).toMatchObject({
      state: 'in-review',
      version: 3,
    });

    // Not ready yet: attestations are missing, and nobody has signed off.
    const early = await move('sam', 'accept', 3);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('continuity.restore-tested');

    for (const type of ['restore-tested', 'security-review']) {
      const res = await api('alice').post('/attestations', {
        entityRef: CHECKOUT,
        type,
        evidenceUrl: 'https://wiki.example/evidence',
      });
      expect(res.status).toBe(201);
    }
    expect(
      (await api('alice').get(`/readiness/component/default/checkout`)).body
        .verdict,
    ).toBe('ready');

    const signOff = (user: string, role: string) =>
      api(user).post(`/handovers/${id}/sign-offs`, {
        role,
        decision: 'approve',
        comment: 'ok',
      });
    expect((await signOff('alice', 'smo-approver')).status).toBe(403); // role not held
    expect((await signOff('mallory', 'service-owner')).status).toBe(403); // no permission
    const missing = await move('sam', 'accept', 3);
    expect(missing.status).toBe(409);
    expect(missing.body.error.message).toBe(
      'Missing approving sign-offs: service-owner, smo-approver, incident-process-owner, change-process-owner',
    );
    expect((await signOff('alice', 'service-owner')).status).toBe(201);
    expect((await signOff('jane', 'incident-process-owner')).status).toBe(201);
    expect((await signOff('carl', 'change-process-owner')).status).toBe(201);
    const last = await signOff('sam', 'smo-approver');
    expect(last.body.signOffs.map((s: any) => s.role)).toEqual([
      'service-owner',
      'incident-process-owner',
      'change-process-owner',
      'smo-approver',
    ]);

    // Each sign-off bumps the version, so a decision judged on fewer sign-offs cannot slip through.
    expect(last.body.version).toBe(7);
    expect((await move('sam', 'accept', 3)).status).toBe(409);
    const accepted = await move('sam', 'accept', last.body.version);
    expect(accepted.body).toMatchObject({ state: 'accepted', version: 8 });
    expect(recorded.notifications.map(n => n.title)).toContain(
      `Handover of ${CHECKOUT} accepted`,
    );
    expect((await move('sam', 'start-early-life-support', 8)).body.state).toBe(
      'early-life-support',
    );
    expect((await move('sam', 'complete-early-life-support', 9)).status).toBe(
      400,
    ); // exit must be recorded
    const operational = await move(
      'sam',
      'complete-early-life-support',
      9,
      'No P1 for 30 days; runbook exercised',
    );
    expect(operational.body).toMatchObject({
      state: 'operational',
      version: 10,
    });

    const log = await api('mallory').get(`/decisions?entityRef=${CHECKOUT}`);
    const actions = log.body.items.map((d: any) => d.action).reverse();
    expect(actions).toEqual([
      'create',
      'submit',
      'start-review',
      'record',
      'record',
      'sign-off:service-owner:approve',
      'sign-off:incident-process-owner:approve',
      'sign-off:change-process-owner:approve',
      'sign-off:smo-approver:approve',
      'accept',
      'start-early-life-support',
      'complete-early-life-support',
    ]);
    // Each decision froze the evaluation it saw: the acceptance saw a ready component.
    const acceptance = log.body.items.find((d: any) => d.action === 'accept');
    const snapshot = await api('mallory').get(
      `/snapshots/${acceptance.snapshotId}`,
    );
    expect(snapshot.body.result).toMatchObject({
      entityRef: CHECKOUT,
      verdict: 'ready',
    });

    const successes = recorded.audit
      .filter(a => a.outcome === 'success')
      .map(a => a.eventId);
    expect(successes.filter(e => e === 'handover-transition')).toHaveLength(5);
    expect(successes.filter(e => e === 'handover-sign-off')).toHaveLength(4);
    expect(successes.filter(e => e === 'attestation-record')).toHaveLength(2);
    expect(
      recorded.audit.filter(a => a.outcome === 'fail').length,
    ).toBeGreaterThanOrEqual(5);
    const transition = recorded.audit.find(
      a => a.eventId === 'handover-transition' && a.outcome === 'success',
    );
    expect(transition?.meta).toMatchObject({
      before: { state: 'draft' },
      after: { state: 'submitted' },
    });
  });

  it('reads sign-off roles from the catalog at signing, not from the token (issue 14)', async () => {
    // sam's token (userInfo) still says SMO member; the catalog no longer does.
    const { server } = await startGatekeeperBackend(
      [],
      {},
      {
        catalogMemberships: {
          'user:default/alice': ['group:default/team-a'],
          'user:default/sam': [],
        },
      },
    );
    const post = (user: string, path: string, body: object) =>
      request(server)
        .post(`/api/smo${path}`)
        .set('Authorization', as(user))
        .send(body);
    const { body: handover } = await post('alice', '/handovers', {
      entityRef: CHECKOUT,
    });
    await post('alice', `/handovers/${handover.id}/transitions`, {
      action: 'submit',
      version: 1,
    });
    const smo = await post('sam', `/handovers/${handover.id}/sign-offs`, {
      role: 'smo-approver',
      decision: 'approve',
      comment: 'ok',
    });
    expect(smo.status).toBe(403);
    expect(smo.body.error.message).toBe(
      `user:default/sam does not hold the role smo-approver for ${CHECKOUT}`,
    );
    const owner = await post('alice', `/handovers/${handover.id}/sign-offs`, {
      role: 'service-owner',
      decision: 'approve',
      comment: 'ok',
    });
    expect(owner.status).toBe(201);
  });

  it('lets exactly one of several concurrent decisions win; the others get 409', async () => {
    const { server } = await startGatekeeperBackend();
    const created = await request(server)
      .post('/api/smo/handovers')
      .set('Authorization', as('alice'))
      .send({ entityRef: CHECKOUT });
    await request(server)
      .post(`/api/smo/handovers/${created.body.id}/transitions`)
      .set('Authorization', as('alice'))
      .send({ action: 'submit', version: 1 });
    const attempts = await Promise.all(
      ['start-review', 'reject', 'start-review', 'reject', 'start-review'].map(
        action =>
          request(server)
            .post(`/api/smo/handovers/${created.body.id}/transitions`)
            .set('Authorization', as('sam'))
            .send({ action, version: 2, comment: 'concurrent' }),
      ),
    );
    expect(attempts.map(a => a.status).sort()).toEqual([
      200, 409, 409, 409, 409,
    ]);
  });

  it('refuses service tokens for mutations and unknown bodies with a 400 naming the field', async () => {
    const { server } = await startGatekeeperBackend();
    const service = await request(server)
      .post('/api/smo/handovers')
      .set('Authorization', mockCredentials.service.header())
      .send({ entityRef: CHECKOUT });
    expect(service.status).toBe(403);
    const bad = await request(server)
      .post('/api/smo/handovers')
      .set('Authorization', as('alice'))
      .send({ entityRef: CHECKOUT, colour: 'red' });
    expect(bad.status).toBe(400);
    const badAction = await request(server)
      .post(
        '/api/smo/handovers/00000000-0000-4000-8000-000000000000/transitions',
      )
      .set('Authorization', as('alice'))
      .send({ action: 'teleport', version: 1 });
    expect(badAction.status).toBe(400);
    expect(badAction.body.error.message).toContain('action');
  });
});
