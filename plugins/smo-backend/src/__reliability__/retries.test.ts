import { Knex } from 'knex';
import { gatekeeperHarness } from '../__testUtils__/gatekeeperBackend';
import { Harness, refOf, waiverRequest } from '../__testUtils__/harness';
import { createTestDatabases } from '../__testUtils__/testDatabases';

// Issue 14, item 5: a client that retries a request whose answer it lost must not store it twice. Before, a retried
// waiver request stored a second requested waiver for the same check, and a retried sign-off a second sign-off row.
// The natural keys: one open waiver per check of an entity; a person's latest sign-off in a round.

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('retries on %p', databaseId => {
  let db: Knex;
  let h: Harness;
  const count = async (table: string) =>
    Number((await db(table).count({ n: '*' }))[0].n);

  beforeAll(async () => {
    ({ db, h } = await gatekeeperHarness(databases, databaseId, [
      'retry-waiver',
      'retry-sign-off',
    ]));
  });

  /**
   * Posts `body` to `path` as alice, then again as a retry: the retry answers 200 with the first answer and writes
   * nothing to `table` or the decision log. The first answer, and the rows of `table` after it.
   */
  async function postedAndRetried(path: string, body: object, table: string) {
    const first = await h.call('alice', 'post', path, body);
    expect(first.status).toBe(201);
    const [rows, log] = [await count(table), await count('smo_decision_log')];
    const retry = await h.call('alice', 'post', path, body);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await count(table)).toBe(rows);
    expect(await count('smo_decision_log')).toBe(log);
    return { first, rows };
  }

  it('answers a retried waiver request with the stored waiver, and refuses a different one while it is open', async () => {
    const body = waiverRequest(refOf('retry-waiver'));
    const { first } = await postedAndRetried('/waivers', body, 'smo_waivers');

    const other = await h.call('alice', 'post', '/waivers', {
      ...body,
      justification: 'another reason',
    });
    expect(other.status).toBe(409);
    expect(other.body.error.message).toBe(
      `docs.techdocs on ${body.entityRef} already has a requested waiver (${first.body.id}, requested by user:default/alice)`,
    );
    // Once decided, a new request for the check is possible again.
    await h.ok('sam', `/waivers/${first.body.id}/decision`, {
      decision: 'reject',
      comment: 'no',
    });
    expect((await h.call('alice', 'post', '/waivers', body)).status).toBe(201);
  });

  it('answers a retried attestation with the stored one; a different one is recorded', async () => {
    const body = {
      entityRef: refOf('retry-waiver'),
      type: 'restore-tested',
      evidenceUrl: 'https://wiki.example/restore',
    };
    const { rows } = await postedAndRetried(
      '/attestations',
      body,
      'smo_attestations',
    );
    const other = await h.call('alice', 'post', '/attestations', {
      ...body,
      note: 'restored again',
    });
    expect(other.status).toBe(201);
    expect(await count('smo_attestations')).toBe(rows + 1);
  });

  it('answers a retried sign-off with the handover as it stands, writing nothing', async () => {
    const { id } = await h.handoverIn('in-review', refOf('retry-sign-off'));
    const body = { role: 'service-owner', decision: 'approve', comment: 'ok' };
    const path = `/handovers/${id}/sign-offs`;
    const { first } = await postedAndRetried(path, body, 'smo_sign_offs');
    // A changed decision is not a retry.
    const changed = await h.call('alice', 'post', path, {
      ...body,
      decision: 'reject',
    });
    expect(changed.status).toBe(201);
    expect(changed.body.version).toBe(first.body.version + 1);
  });
});
