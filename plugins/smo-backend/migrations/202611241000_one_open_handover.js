// @ts-check

/**
 * At most one open handover per entity, enforced by the database: two concurrent requests on
 * PostgreSQL could otherwise both see "none open" and both insert. Closed states (withdrawn,
 * operational) are outside the index, so history keeps any number of them.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.raw(
    `CREATE UNIQUE INDEX smo_handovers_one_open_idx ON smo_handovers (entity_ref)
     WHERE state NOT IN ('withdrawn', 'operational')`,
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.raw('DROP INDEX smo_handovers_one_open_idx');
};
