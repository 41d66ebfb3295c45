import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { Harness, waiverRequest } from '../__testUtils__/harness';

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
});
