// @ts-check

/**
 * Readiness above the component and the portfolio over time: the latest roll-up per offering, system and group,
 * their history (one row per change, with the whole result, so `asOf` can return a past state), every change of a
 * component's result (the same, for components) and the standard (checks in force) each time it changed.
 * A row without a result records that the entity stopped being scored or rolled up.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('smo_rollups', table => {
    table.comment(
      'Latest readiness roll-up per ServiceOffering, System and Group',
    );
    table.string('entity_ref', 512).primary().notNullable();
    table.string('kind', 32).notNullable();
    table.string('verdict', 16).notNullable();
    table.boolean('at_risk').notNullable();
    table.integer('score').notNullable();
    table.string('fingerprint', 64).notNullable();
    table.text('result').notNullable().comment('RollupResult as JSON');
    table.string('evaluated_at', 32).notNullable();
    table.index(['kind', 'score'], 'smo_rollups_kind_score_idx');
  });

  await knex.schema.createTable('smo_rollup_history', table => {
    table.comment(
      'One row per change of a roll-up; no result when it stopped being rolled up',
    );
    table.bigIncrements('id').primary();
    table.string('entity_ref', 512).notNullable();
    table.string('kind', 32).notNullable();
    table.text('result').nullable();
    table.string('recorded_at', 32).notNullable();
    table.index(['entity_ref', 'recorded_at'], 'smo_rollup_history_ref_idx');
    table.index(['kind', 'recorded_at'], 'smo_rollup_history_kind_idx');
  });

  await knex.schema.createTable('smo_readiness_results', table => {
    table.comment(
      'One row per change of a component result; no result when it stopped being scored',
    );
    table.bigIncrements('id').primary();
    table.string('entity_ref', 512).notNullable();
    table.text('result').nullable();
    table.string('recorded_at', 32).notNullable();
    table.index(['entity_ref', 'recorded_at'], 'smo_readiness_results_ref_idx');
  });

  await knex.schema.createTable('smo_standards', table => {
    table.comment('The checks in force, one row each time they changed');
    table.bigIncrements('id').primary();
    table.string('fingerprint', 64).notNullable();
    table
      .text('checks')
      .notNullable()
      .comment('Id, severity by tier and weight of each check');
    table
      .text('changes')
      .notNullable()
      .comment('What changed from the previous row');
    table.text('summary').notNullable();
    table.string('recorded_at', 32).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('smo_standards');
  await knex.schema.dropTable('smo_readiness_results');
  await knex.schema.dropTable('smo_rollup_history');
  await knex.schema.dropTable('smo_rollups');
};
