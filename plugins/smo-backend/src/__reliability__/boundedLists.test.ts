import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import {
  componentsNamed,
  Harness,
  refOf,
  waiverRequest,
} from '../__testUtils__/harness';

// Issue 14, item 8: GET /waivers and GET /handovers returned every row. They are pages now: 100 unless asked, at
// most 500, newest first, with offset.

describe('bounded lists', () => {
  it('pages waivers and handovers, and refuses a page larger than 500', async () => {
    const names = ['a', 'b', 'c'];
    const { server } = await startGatekeeperBackend(componentsNamed(names));
    const h = new Harness(server);
    for (const name of names) {
      await h.ok('alice', '/waivers', waiverRequest(refOf(name)));
      await h.ok('alice', '/handovers', { entityRef: refOf(name) });
    }
    for (const list of ['/waivers', '/handovers']) {
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
});
