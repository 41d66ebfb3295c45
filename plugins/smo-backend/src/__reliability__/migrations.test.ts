import { Knex } from 'knex';
import { dbFingerprint, smoTables } from '../__testUtils__/dbState';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { Gatekeeper } from '../store/Gatekeeper';
import { migrationsDir } from '../store/migrations';
import { ReadinessStore } from '../store/ReadinessStore';

const databases = createTestDatabases();

const REF = 'component:default/checkout';
const AT = '2026-11-23T12:00:00.000Z';
const result = JSON.stringify({
  entityRef: REF,
  verdict: 'ready',
  score: 100,
  checks: [],
});

/**
 * Rows for every smo_* table: one with every column set and one with optional columns empty.
 * A table the migrations create without an entry here fails the test.
 */
const ROWS: Record<string, object[]> = {
  smo_readiness: [
    {
      entity_ref: REF,
      tier: 'tier-1',
      verdict: 'ready',
      score: 100,
      owner_ref: 'group:default/team-a',
      system_ref: 'system:default/shop',
      offering_refs: '|serviceoffering:default/online-checkout|',
      fingerprint: 'f1',
      result,
      evaluated_at: AT,
    },
    {
      entity_ref: 'component:default/bare',
      tier: 'tier-3',
      verdict: 'not-ready',
      score: 0,
      owner_ref: null,
      system_ref: null,
      offering_refs: '||',
      fingerprint: 'f2',
      result: '{}',
      evaluated_at: AT,
    },
  ],
  // Kept by triggers from each stored result's basis.offerings; the results above list none, so this row is the table's.
  smo_readiness_offerings: [
    {
      entity_ref: REF,
      offering_ref: 'serviceoffering:default/online-checkout',
    },
  ],
  smo_readiness_history: [
    {
      entity_ref: REF,
      tier: 'tier-1',
      verdict: 'not-ready',
      score: 40,
      recorded_at: AT,
    },
    {
      entity_ref: REF,
      tier: 'tier-1',
      verdict: 'ready',
      score: 100,
      recorded_at: AT,
    },
  ],
  smo_sweeps: [
    { started_at: AT, finished_at: AT, evaluated: 2, changed: 1, removed: 0 },
  ],
  smo_snapshots: [
    {
      id: '00000000-0000-4000-8000-00000000000a',
      entity_ref: REF,
      result,
      created_at: AT,
    },
  ],
  smo_attestations: [
    {
      id: '00000000-0000-4000-8000-0000000000b1',
      entity_ref: REF,
      type: 'restore-tested',
      evidence_url: 'https://wiki.example/drill',
      note: 'drill ✓ — ünïcode',
      attested_by: 'user:default/alice',
      attested_at: AT,
      expires_at: '2027-05-22T12:00:00.000Z',
    },
    {
      id: '00000000-0000-4000-8000-0000000000b2',
      entity_ref: REF,
      type: 'security-review',
      evidence_url: null,
      note: null,
      attested_by: 'user:default/alice',
      attested_at: AT,
      expires_at: null,
    },
  ],
  smo_waivers: [
    {
      id: '00000000-0000-4000-8000-0000000000c1',
      entity_ref: REF,
      check_id: 'docs.techdocs',
      justification: 'next quarter',
      requested_by: 'user:default/alice',
      status: 'approved',
      approved_by: 'user:default/sam',
      decision_comment: 'ok',
      created_at: AT,
      decided_at: AT,
      expires_at: '2027-01-01T00:00:00.000Z',
      version: 2,
    },
  ],
  smo_handovers: [
    {
      id: '00000000-0000-4000-8000-0000000000d1',
      entity_ref: REF,
      state: 'in-review',
      version: 3,
      round: 1,
      requested_by: 'user:default/alice',
      required_sign_offs: '["service-owner","smo-approver"]',
      created_at: AT,
      updated_at: AT,
    },
    {
      id: '00000000-0000-4000-8000-0000000000d2',
      entity_ref: REF,
      state: 'withdrawn',
      version: 2,
      round: 1,
      requested_by: 'user:default/alice',
      required_sign_offs: '[]',
      created_at: AT,
      updated_at: AT,
    },
  ],
  smo_sign_offs: [
    {
      id: '00000000-0000-4000-8000-0000000000e1',
      handover_id: '00000000-0000-4000-8000-0000000000d1',
      round: 1,
      role: 'service-owner',
      decision: 'approve',
      actor: 'user:default/alice',
      comment: null,
      snapshot_id: '00000000-0000-4000-8000-00000000000a',
      created_at: AT,
    },
  ],
  smo_decision_log: [
    {
      id: '00000000-0000-4000-8000-0000000000f1',
      entity_ref: REF,
      subject: 'handover',
      subject_id: '00000000-0000-4000-8000-0000000000d1',
      action: 'start-review',
      actor: 'user:default/sam',
      from_state: 'submitted',
      to_state: 'in-review',
      comment: null,
      snapshot_id: '00000000-0000-4000-8000-00000000000a',
      at: AT,
    },
  ],
  smo_service_level_months: [
    {
      agreement_ref: 'servicelevelagreement:default/gold',
      month: '2026-10',
      figures: '{"month":"2026-10","targets":[],"incidentIds":[]}',
      corrections: '[]',
      computed_at: AT,
      frozen_at: AT,
    },
    {
      agreement_ref: 'servicelevelagreement:default/gold',
      month: '2026-11',
      figures: '{"month":"2026-11","targets":[],"incidentIds":[]}',
      corrections: '[]',
      computed_at: AT,
      frozen_at: null,
    },
  ],
  smo_rollups: [
    {
      entity_ref: 'serviceoffering:default/online-checkout',
      kind: 'serviceoffering',
      verdict: 'not-ready',
      at_risk: true,
      score: 72,
      fingerprint: 'r1',
      result: '{}',
      evaluated_at: AT,
    },
  ],
  smo_rollup_history: [
    {
      entity_ref: 'serviceoffering:default/online-checkout',
      kind: 'serviceoffering',
      result: '{}',
      recorded_at: AT,
    },
    {
      entity_ref: 'group:default/team-a',
      kind: 'group',
      result: null,
      recorded_at: AT,
    },
  ],
  smo_readiness_generation: [{ id: 1, generation: 7 }],
  smo_readiness_results: [
    { entity_ref: REF, result, recorded_at: AT },
    { entity_ref: 'component:default/bare', result: null, recorded_at: AT },
  ],
  smo_standards: [
    {
      fingerprint: 's1',
      checks: '[]',
      changes: '[]',
      summary: 'baseline: 0 checks',
      recorded_at: AT,
    },
  ],
  smo_improvements: [
    {
      id: '00000000-0000-4000-8000-0000000000f1',
      title: 'Document checkout',
      entity_ref: REF,
      problem: 'No TechDocs',
      goal: '{"type":"check","checkId":"docs.techdocs"}',
      owner_ref: 'group:default/team-a',
      due_date: '2027-01-31',
      status: 'proposed',
      source_type: 'manual',
      source_key: null,
      source_description: null,
      evidence: '[]',
      created_by: 'user:default/alice',
      created_at: AT,
      updated_at: AT,
      version: 1,
      approved_by: null,
      comment: null,
      closing: null,
    },
  ],
  smo_campaign_members: [
    {
      campaign_id: 'docs',
      entity_ref: REF,
      owner_ref: 'group:default/team-a',
      tier: 'tier-1',
      deadline: '2027-01-01',
      status: 'open',
      missed: false,
      failing: '["docs.techdocs"]',
    },
  ],
  smo_campaign_reminders: [
    { campaign_id: 'docs', owner_ref: 'group:default/team-a', sent_at: AT },
  ],
};

/** Columns later migrations add to existing tables: the rows that were there keep their data. */
const ADDED_COLUMNS = [
  'smo_waivers.campaign_id',
  'smo_waivers.renews',
  'smo_sweeps.inputs',
  'smo_readiness.title',
];

/** Insert order honouring foreign keys. */
const ORDER = Object.keys(ROWS);

async function fill(db: Knex, tables: string[]) {
  for (const table of ORDER.filter(t => tables.includes(t))) {
    await db(table).insert(ROWS[table]);
  }
}

const pick = (all: Record<string, unknown>, tables: string[]) =>
  Object.fromEntries(tables.map(t => [t, all[t]]));

describe.each(databases.eachSupportedId())('migrations on %p', databaseId => {
  it('go up, down and up again one by one without losing the data of surviving tables', async () => {
    const db = await databases.init(databaseId);
    const directory = migrationsDir;
    const [, pending] = await db.migrate.list({ directory });
    expect(pending.length).toBeGreaterThan(0);

    // Up, one migration at a time, with data in every table that exists so far.
    let filled: string[] = [];
    let state = await dbFingerprint(db, ADDED_COLUMNS);
    for (let step = 0; step < pending.length; step++) {
      await db.migrate.up({ directory });
      const tables = await smoTables(db);
      expect(tables.filter(t => !ROWS[t])).toEqual([]);
      expect(pick(await dbFingerprint(db, ADDED_COLUMNS), filled)).toEqual(
        pick(state, filled),
      );
      const before = new Set(filled);
      await fill(
        db,
        tables.filter(t => !before.has(t)),
      );
      filled = tables;
      state = await dbFingerprint(db, ADDED_COLUMNS);
    }
    expect(filled.sort()).toEqual(Object.keys(ROWS).sort());
    for (const table of filled) {
      expect({ table, rows: state[table].rows }).toEqual({
        table,
        rows: ROWS[table].length,
      });
    }

    // The code reads what the latest schema holds.
    expect(await ReadinessStore.create(db).history(REF)).toHaveLength(2);
    const handover = await Gatekeeper.create(db).stores.handovers.get(
      '00000000-0000-4000-8000-0000000000d1',
    );
    expect(handover?.signOffs).toHaveLength(1);

    // Down, one at a time: the tables that remain keep their data. The gatekeeper tables refuse to go while the
    // decision log holds entries (issue 14): the operator exports and deletes them, then rolls back.
    const refusals: { message: string; tablesKept: boolean }[] = [];
    for (let step = 0; step < pending.length; step++) {
      const tables = await smoTables(db);
      const error = await db.migrate.down({ directory }).then(
        () => undefined,
        (e: Error) => e,
      );
      if (error) {
        refusals.push({
          message: error.message,
          tablesKept:
            JSON.stringify(await smoTables(db)) === JSON.stringify(tables),
        });
        await db('smo_decision_log').delete();
        await db.migrate.down({ directory });
      }
      const remaining = await smoTables(db);
      expect(await dbFingerprint(db, ADDED_COLUMNS)).toEqual(
        pick(state, remaining),
      );
    }
    expect(refusals).toEqual([
      {
        message: expect.stringMatching(
          /^Refusing to roll back the SMO gatekeeper tables: smo_decision_log holds \d+ audit entries/,
        ),
        tablesKept: true,
      },
    ]);
    expect(await smoTables(db)).toEqual([]);

    // And up again to the latest: a clean schema that accepts the same data.
    await db.migrate.latest({ directory });
    await fill(db, await smoTables(db));
    expect(await dbFingerprint(db, ADDED_COLUMNS)).toEqual(state);
  });

  it('upgrades a database that already holds two open handovers of one entity: the newer stays open (issue 14)', async () => {
    const db = await databases.init(databaseId);
    const directory = migrationsDir;
    const [, pending] = await db.migrate.list({ directory });
    const gatekeeper = pending.findIndex((m: { file: string }) =>
      m.file.startsWith('202611231300'),
    );
    for (let step = 0; step <= gatekeeper; step++) {
      await db.migrate.up({ directory });
    }
    const handover = (id: string, createdAt: string) => ({
      ...ROWS.smo_handovers[0],
      id,
      state: 'submitted',
      version: 2,
      created_at: createdAt,
      updated_at: createdAt,
    });
    const OLDER = '00000000-0000-4000-8000-0000000000a1';
    const NEWER = '00000000-0000-4000-8000-0000000000a2';
    await db('smo_handovers').insert([
      handover(OLDER, '2026-11-20T10:00:00.000Z'),
      handover(NEWER, '2026-11-21T10:00:00.000Z'),
    ]);

    await db.migrate.latest({ directory });
    expect(
      await db('smo_handovers').orderBy('id').select('id', 'state', 'version'),
    ).toEqual([
      { id: OLDER, state: 'withdrawn', version: 3 },
      { id: NEWER, state: 'submitted', version: 2 },
    ]);
    expect(
      await db('smo_decision_log').select(
        'subject_id',
        'action',
        'actor',
        'from_state',
        'to_state',
      ),
    ).toEqual([
      {
        subject_id: OLDER,
        action: 'withdraw',
        actor: 'system:smo-migration',
        from_state: 'submitted',
        to_state: 'withdrawn',
      },
    ]);
    // The index is in place: a second open handover is refused by the database.
    await expect(
      db('smo_handovers').insert(
        handover('00000000-0000-4000-8000-0000000000a3', AT),
      ),
    ).rejects.toThrow();
  });

  it('keeps data across the upgrade path from the first migration to the latest', async () => {
    const db = await databases.init(databaseId);
    const directory = migrationsDir;
    await db.migrate.up({ directory });
    const first = await smoTables(db);
    await fill(db, first);
    const before = await dbFingerprint(db, ADDED_COLUMNS);
    await db.migrate.latest({ directory });
    expect(pick(await dbFingerprint(db, ADDED_COLUMNS), first)).toEqual(before);
    expect(await ReadinessStore.create(db).get(REF)).toMatchObject({
      entityRef: REF,
    });
  });
});
