import { Knex } from 'knex';
import { gatekeeperHarness } from '../__testUtils__/gatekeeperBackend';
import { Harness, refOf } from '../__testUtils__/harness';
import { createTestDatabases } from '../__testUtils__/testDatabases';

const databases = createTestDatabases();

/** Parallel requests per trial, and trials per scenario. */
const PARALLEL = 8;
const TRIALS = 5;
const trials = Array.from({ length: TRIALS }, (_, i) => i + 1);
const names = ['decide', 'waiver', 'attest', 'create'].flatMap(s =>
  trials.map(t => `cc-${s}-${t}`),
);

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>(
    (acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }),
    {},
  );

describe.each(databases.eachSupportedId())('concurrency on %p', databaseId => {
  let h: Harness;
  let db: Knex;
  let requests = 0;

  beforeAll(async () => {
    ({ db, h } = await gatekeeperHarness(databases, databaseId, names));
  });

  afterAll(() => {
    console.log(
      `concurrency on ${databaseId}: 4 scenarios × ${TRIALS} trials × ${PARALLEL} parallel requests (${requests} requests)`,
    );
  });

  const parallel = async (
    make: (i: number) => PromiseLike<{ status: number }>,
  ) => {
    requests += PARALLEL;
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => make(i)),
    );
    return answers.map(a => a.status);
  };

  const logOf = async (subjectId: string) =>
    db('smo_decision_log').where({ subject_id: subjectId }).select('action');

  it.each(trials)(
    'conflicting handover decisions: exactly one wins, the rest get 409 (trial %d)',
    async t => {
      const { id, version } = await h.handoverIn(
        'submitted',
        refOf(`cc-decide-${t}`),
      );
      const statuses = await parallel(i =>
        h.transition('sam', id, i % 2 ? 'reject' : 'start-review', version),
      );
      expect(tally(statuses)).toEqual({ 200: 1, 409: PARALLEL - 1 });
      const row = await db('smo_handovers').where({ id }).first();
      expect(Number(row.version)).toBe(version + 1);
      // create, submit and exactly one decision were logged.
      expect(await logOf(id)).toHaveLength(3);
    },
  );

  it.each(trials)(
    'parallel approvals of one waiver: one wins, nothing is logged twice (trial %d)',
    async t => {
      const waiverId = await h.waiverIn('requested', refOf(`cc-waiver-${t}`));
      const statuses = await parallel(i =>
        h.call('sam', 'post', `/waivers/${waiverId}/decision`, {
          decision: i % 3 ? 'approve' : 'reject',
        }),
      );
      expect(tally(statuses)).toEqual({ 200: 1, 409: PARALLEL - 1 });
      const row = await db('smo_waivers').where({ id: waiverId }).first();
      expect(Number(row.version)).toBe(2);
      const actions = (await logOf(waiverId)).map(r => r.action);
      expect(actions.sort()).toEqual(
        ['request', row.status === 'approved' ? 'approve' : 'reject'].sort(),
      );
    },
  );

  it.each(trials)(
    'parallel attestations: every one recorded once (trial %d)',
    async t => {
      const entityRef = refOf(`cc-attest-${t}`);
      const statuses = await parallel(i =>
        h.call('alice', 'post', '/attestations', {
          entityRef,
          type: 'restore-tested',
          note: `drill ${i}`,
        }),
      );
      expect(tally(statuses)).toEqual({ 201: PARALLEL });
      const rows = await db('smo_attestations').where({
        entity_ref: entityRef,
      });
      expect(rows.map(r => r.note).sort()).toEqual(
        Array.from({ length: PARALLEL }, (_, i) => `drill ${i}`).sort(),
      );
      const logged = await db('smo_decision_log').where({
        entity_ref: entityRef,
      });
      expect(logged).toHaveLength(PARALLEL);
    },
  );

  it.each(trials)(
    'parallel handover requests for one entity: one is opened (trial %d)',
    async t => {
      const entityRef = refOf(`cc-create-${t}`);
      const statuses = await parallel(() =>
        h.call('alice', 'post', '/handovers', { entityRef }),
      );
      expect(tally(statuses)).toEqual({ 201: 1, 409: PARALLEL - 1 });
      expect(
        await db('smo_handovers').where({ entity_ref: entityRef }),
      ).toHaveLength(1);
    },
  );
});
