// @ts-check

/**
 * Service-level figures: one row per agreement and calendar month (UTC). A closed month is frozen (`frozen_at`) and
 * never rewritten; a later change to its incidents is recorded as a correction on an open month's row.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('smo_service_level_months', table => {
    table.comment('Attainment and availability per agreement and month');
    table.string('agreement_ref', 512).notNullable();
    table.string('month', 7).notNullable();
    table.text('figures').notNullable();
    table.text('corrections').notNullable();
    table.string('computed_at', 32).notNullable();
    table.string('frozen_at', 32).nullable();
    table.primary(['agreement_ref', 'month']);
    table.index(['month'], 'smo_service_level_months_month_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('smo_service_level_months');
};
