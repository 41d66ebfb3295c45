// @ts-check

/**
 * The entity's title beside its latest result, written by the sweep and by refreshes, so a portfolio page is served
 * from the store without asking the catalog for 50 titles (issue 19). Null until the entity is next evaluated: a
 * page with any null title is titled by the catalog as before; '' is an entity without a title.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('smo_readiness', table => {
    table
      .text('title')
      .nullable()
      .comment("The entity's metadata.title when evaluated; '' for none");
  });
};

/**
 * Plain SQL on both databases: knex drops a SQLite column by copying the table, which would lose the offering
 * triggers (migration 202612031200).
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw('ALTER TABLE smo_readiness DROP COLUMN title');
};
