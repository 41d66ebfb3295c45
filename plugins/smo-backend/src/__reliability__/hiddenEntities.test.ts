import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import {
  componentsNamed,
  Harness,
  waiverRequest,
} from '../__testUtils__/harness';

// Issue 14, item 8: routes that find a record by id (handover, waiver, snapshot) answered a caller who may not see
// its entity with "No entity component:default/checkout in the catalog" — naming the hidden entity and telling that
// the record exists. Now the answer is the one for an id that does not exist.

const CHECKOUT = 'component:default/checkout';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('records of entities the caller cannot see', () => {
  it('are 404s that neither name the entity nor differ from an unknown id', async () => {
    const { server } = await startGatekeeperBackend(
      [],
      {},
      {
        hiddenFrom: { 'user:default/mallory': [CHECKOUT] },
      },
    );
    const h = new Harness(server);
    const handover = await h.ok('alice', '/handovers', { entityRef: CHECKOUT });
    const waiver = await h.ok('alice', '/waivers', waiverRequest(CHECKOUT));
    await h.ok('sam', `/waivers/${waiver.id}/decision`, {
      decision: 'approve',
    });
    await h.ok('alice', `/handovers/${handover.id}/transitions`, {
      action: 'submit',
      version: 1,
    }); // freezes a snapshot
    const decisions = await h.get('alice', `/decisions?entityRef=${CHECKOUT}`);
    const snapshotId = decisions.body.items.find(
      (d: { snapshotId?: string }) => d.snapshotId,
    )?.snapshotId;
    expect(snapshotId).toBeDefined();

    const asked = [
      [
        'get',
        `/handovers/${handover.id}`,
        `No handover ${handover.id}`,
        `/handovers/${UNKNOWN}`,
      ],
      [
        'post',
        `/handovers/${handover.id}/transitions`,
        `No handover ${handover.id}`,
        `/handovers/${UNKNOWN}/transitions`,
      ],
      [
        'post',
        `/handovers/${handover.id}/sign-offs`,
        `No handover ${handover.id}`,
        `/handovers/${UNKNOWN}/sign-offs`,
      ],
      [
        'post',
        `/waivers/${waiver.id}/revoke`,
        `No waiver ${waiver.id}`,
        `/waivers/${UNKNOWN}/revoke`,
      ],
      [
        'get',
        `/snapshots/${snapshotId}`,
        `No snapshot ${snapshotId}`,
        `/snapshots/${UNKNOWN}`,
      ],
    ] as const;
    const bodies: Record<string, object> = {
      transitions: { action: 'submit', version: 1 },
      'sign-offs': { role: 'service-owner', decision: 'approve' },
      revoke: { comment: 'no' },
    };
    for (const [method, path, message, unknownPath] of asked) {
      const body = bodies[path.split('/').pop()!];
      const hidden = await h.call('mallory', method, path, body);
      expect({
        path,
        status: hidden.status,
        message: hidden.body.error?.message,
      }).toEqual({
        path,
        status: 404,
        message,
      });
      expect(JSON.stringify(hidden.body)).not.toContain('checkout');
      const unknown = await h.call('mallory', method, unknownPath, body);
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.name).toBe(hidden.body.error.name);
    }
    // Those who can see the entity still get the record.
    expect((await h.get('alice', `/handovers/${handover.id}`)).status).toBe(
      200,
    );
  });

  it('are not counted in the portfolio, whatever the filters: no bisecting a hidden score (issue 14, item 6)', async () => {
    const { server, scheduler } = await startGatekeeperBackend(
      componentsNamed(['ledger', 'payroll']),
      {},
      { hiddenFrom: { 'user:default/mallory': [CHECKOUT] } },
    );
    const h = new Harness(server);
    await scheduler.triggerTask('smo-readiness-sweep');
    const list = async (caller: 'alice' | 'mallory', query = '') =>
      (await h.get(caller, `/readiness?limit=1${query}`)).body;

    expect((await list('alice')).totalCount).toBe(3);
    expect(await list('mallory')).toMatchObject({ totalCount: 2 });
    const { score } = await h
      .get('alice', `/readiness/${CHECKOUT.replace(':', '/')}`)
      .then(r => r.body);
    // Every filter mix that matches the hidden entity counts only the visible ones.
    for (const query of [
      `&minScore=${score}&maxScore=${score}`,
      '&offering=serviceoffering:default/online-checkout',
      '&owner=group:default/team-a',
      '&sort=entityRef&order=asc',
    ]) {
      const seen = await list('mallory', query);
      const all = await list('alice', query);
      expect({
        query,
        hiddenCounted: all.totalCount - seen.totalCount,
      }).toEqual({
        query,
        hiddenCounted: 1,
      });
    }
    const pages = [];
    for (let offset = 0; offset < 3; offset++) {
      pages.push(
        ...(
          await h.get(
            'mallory',
            `/readiness?limit=1&offset=${offset}&sort=entityRef`,
          )
        ).body.items.map((i: { entityRef: string }) => i.entityRef),
      );
    }
    expect(pages).toEqual([
      'component:default/ledger',
      'component:default/payroll',
    ]);
  });
});
