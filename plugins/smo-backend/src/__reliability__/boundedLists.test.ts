import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import {
  componentsNamed,
  Harness,
  improvementRequest,
  refOf,
  waiverRequest,
} from '../__testUtils__/harness';

// Issue 14, item 8: GET /waivers, /handovers, /attestations and /expiring returned every row. They are pages now:
// 100 unless asked, at most 500, newest (or soonest expiring) first, with offset.

describe('bounded lists', () => {
  it('pages waivers and handovers, and refuses a page larger than 500', async () => {
    const names = ['a', 'b', 'c'];
    const { server } = await startGatekeeperBackend(componentsNamed(names));
    const h = new Harness(server);
    for (const name of names) {
      await h.ok('alice', '/waivers', waiverRequest(refOf(name)));
      await h.ok('alice', '/handovers', { entityRef: refOf(name) });
      await h.ok('alice', '/improvements', improvementRequest(refOf(name)));
    }
    for (const list of ['/waivers', '/handovers', '/improvements']) {
      const all = (await h.get('alice', list)).body.items;
      expect(all).toHaveLength(3);
      const first = (await h.get('alice', `${list}?limit=2`)).body.items;
      const rest = (await h.get('alice', `${list}?limit=2&offset=2`)).body
        .items;
      expect([...first, ...rest].map(i => i.id)).toEqual(
        all.map((i: { id: string }) => i.id),
      );
      expect(first).toHaveLength(2);
      const tooMany = await h.get('alice', `${list}?limit=501`);
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error.message).toContain('limit');
    }
  });

  it('pages an entity’s attestations and bounds the expiring lists', async () => {
    const { server } = await startGatekeeperBackend(componentsNamed(['d']));
    const h = new Harness(server);
    const entityRef = refOf('d');
    for (const note of ['one', 'two', 'three']) {
      await h.ok('alice', '/attestations', {
        entityRef,
        type: 'restore-tested',
        note,
      });
    }
    const list = (query: string) =>
      h.get('alice', `/attestations?entityRef=${entityRef}${query}`);
    const all = (await list('')).body.items;
    expect(all.map((a: { note: string }) => a.note)).toEqual([
      'three',
      'two',
      'one',
    ]);
    const first = (await list('&limit=2')).body.items;
    const rest = (await list('&limit=2&offset=2')).body.items;
    expect([...first, ...rest]).toEqual(all);
    expect((await list('&limit=501')).status).toBe(400);

    for (const checkId of ['docs.techdocs', 'ops.runbook']) {
      const waiver = await h.ok('alice', '/waivers', {
        ...waiverRequest(entityRef, checkId),
        expiresAt: new Date(
          Date.now() + (checkId === 'ops.runbook' ? 2 : 5) * 86_400_000,
        ).toISOString(),
      });
      await h.ok('sam', `/waivers/${waiver.id}/decision`, {
        decision: 'approve',
      });
    }
    const log = (query: string) =>
      h.get('alice', `/decisions?entityRef=${entityRef}${query}`);
    const decisions = (await log('')).body.items;
    expect(decisions.length).toBeGreaterThan(2);
    const head = (await log('&limit=2')).body.items;
    const tail = (await log('&limit=500&offset=2')).body.items;
    expect([...head, ...tail]).toEqual(decisions);

    const expiring = (await h.get('alice', '/expiring?days=30&limit=1')).body;
    expect(expiring.waivers.map((w: { checkId: string }) => w.checkId)).toEqual(
      ['ops.runbook'],
    );
    expect((await h.get('alice', '/expiring?limit=501')).status).toBe(400);
    for (const bounded of ['/improvement-suggestions', '/waiver-debt']) {
      expect((await h.get('alice', `${bounded}?limit=501`)).status).toBe(400);
    }
  });
});
