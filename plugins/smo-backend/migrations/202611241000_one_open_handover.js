// @ts-check

/**
 * At most one open handover per entity, enforced by the database: two concurrent requests on
 * PostgreSQL could otherwise both see "none open" and both insert. Closed states (withdrawn,
 * operational) are outside the index, so history keeps any number of them.
 *
 * A database may already hold the duplicates the index guards against (the race it closes): then the index could
 * not be created. So the newest open handover of each entity stays open, the older ones are withdrawn first —
 * each with a decision log entry, as any other withdrawal.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await closeDuplicates(knex);
  await knex.raw(
    `CREATE UNIQUE INDEX smo_handovers_one_open_idx ON smo_handovers (entity_ref)
     WHERE state NOT IN ('withdrawn', 'operational')`,
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.raw('DROP INDEX smo_handovers_one_open_idx');
};

const OPEN = "state NOT IN ('withdrawn', 'operational')";

/** @param {import('knex').Knex} knex */
async function closeDuplicates(knex) {
  const open = await knex('smo_handovers')
    .whereRaw(OPEN)
    .orderBy([
      { column: 'entity_ref' },
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .select('id', 'entity_ref', 'state', 'version');
  const kept = new Set();
  const at = new Date().toISOString();
  for (const handover of open) {
    if (!kept.has(handover.entity_ref)) {
      kept.add(handover.entity_ref);
      continue;
    }
    await knex('smo_handovers')
      .where({ id: handover.id })
      .update({
        state: 'withdrawn',
        version: handover.version + 1,
        updated_at: at,
      });
    await knex('smo_decision_log').insert({
      id: require('node:crypto').randomUUID(),
      entity_ref: handover.entity_ref,
      subject: 'handover',
      subject_id: handover.id,
      action: 'withdraw',
      actor: 'system:smo-migration',
      from_state: handover.state,
      to_state: 'withdrawn',
      comment:
        'Withdrawn by migration 202611241000: a newer handover of this entity was open at the same time',
      at,
    });
  }
}
