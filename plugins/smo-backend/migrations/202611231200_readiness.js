// @ts-check

/**
 * Latest readiness per entity, its history (one row per change of score/verdict) and the sweep log.
 * Timestamps are ISO-8601 UTC strings: portable across SQLite and PostgreSQL and sortable as text.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('smo_readiness', table => {
    table.comment('Latest readiness result per scored entity');
    table.string('entity_ref', 512).primary().notNullable();
    table.string('tier', 16).notNullable();
    table.string('verdict', 16).notNullable();
    table.integer('score').notNullable();
    table.string('owner_ref', 512).nullable();
    table.string('system_ref', 512).nullable();
    table
      .text('offering_refs')
      .notNullable()
      .comment('|-delimited refs, for filtering');
    table
      .string('fingerprint', 64)
      .notNullable()
      .comment('Hash of the result content');
    table.text('result').notNullable().comment('ReadinessResult as JSON');
    table
      .string('evaluated_at', 32)
      .notNullable()
      .comment('When the content last changed');
    table.index(['score'], 'smo_readiness_score_idx');
    table.index(['verdict', 'score'], 'smo_readiness_verdict_score_idx');
    table.index(['owner_ref'], 'smo_readiness_owner_idx');
  });

  await knex.schema.createTable('smo_readiness_history', table => {
    table.comment('One row per change of score or verdict');
    table.bigIncrements('id').primary();
    table.string('entity_ref', 512).notNullable();
    table.string('tier', 16).notNullable();
    table.string('verdict', 16).notNullable();
    table.integer('score').notNullable();
    table.string('recorded_at', 32).notNullable();
    table.index(['entity_ref', 'recorded_at'], 'smo_readiness_history_ref_idx');
    table.index(['recorded_at'], 'smo_readiness_history_time_idx');
  });

  await knex.schema.createTable('smo_sweeps', table => {
    table.comment('Completed readiness sweeps');
    table.bigIncrements('id').primary();
    table.string('started_at', 32).notNullable();
    table.string('finished_at', 32).notNullable();
    table.integer('evaluated').notNullable();
    table.integer('changed').notNullable();
    table.integer('removed').notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('smo_sweeps');
  await knex.schema.dropTable('smo_readiness_history');
  await knex.schema.dropTable('smo_readiness');
};
