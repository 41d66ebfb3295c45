// @ts-check

/**
 * A counter every write of `smo_readiness` bumps in its own transaction (issue 19): a replica may then keep the
 * portfolio's counts per filter until the counter moves, exactly, instead of counting up to 100k rows per page. One
 * row (id 1), created by the first write; none means nothing was written since.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('smo_readiness_generation', table => {
    table.comment(
      'Bumped by every write of smo_readiness: cached portfolio counts are valid while it stays',
    );
    table.integer('id').primary();
    table.bigInteger('generation').notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('smo_readiness_generation');
};
