// @ts-check

/**
 * A sweep whose inputs did not change since the last full one is skipped (docs/performance.md): the full sweep records
 * the fingerprint of its inputs in `inputs`; a skipped sweep records none. Reads take the newest sweep's start as the
 * time their result was last confirmed, so that lookup gets an index (the table holds a year of sweeps).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('smo_sweeps', table => {
    table
      .string('inputs', 64)
      .nullable()
      .comment(
        'Fingerprint of the inputs a full sweep evaluated; null when skipped',
      );
    table.index(['started_at'], 'smo_sweeps_started_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('smo_sweeps', table => {
    table.dropIndex(['started_at'], 'smo_sweeps_started_idx');
    table.dropColumn('inputs');
  });
};
