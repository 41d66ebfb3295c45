// @ts-check

/**
 * Continual improvement: the CSI register, each campaign's members, the reminders sent for campaigns (one row per campaign and team, so that
 * replicas send each reminder once per cadence) and, on waivers, the campaign a waiver was asked under and how many
 * earlier approved waivers of the same check it renews.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('smo_waivers', table => {
    table
      .string('campaign_id', 64)
      .nullable()
      .comment('The campaign the waiver was asked under');
    table
      .integer('renews')
      .notNullable()
      .defaultTo(0)
      .comment('Earlier approved waivers of the same check of the entity');
  });

  await knex.schema.createTable('smo_improvements', table => {
    table.comment('The CSI register: one row per improvement');
    table.string('id', 36).primary().notNullable();
    table.string('title', 200).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.text('problem').notNullable();
    table.text('goal').notNullable().comment('ImprovementGoal as JSON');
    table.string('owner_ref', 512).notNullable();
    table.string('due_date', 10).notNullable();
    table.string('status', 16).notNullable();
    table.string('source_type', 32).notNullable();
    table
      .string('source_key', 512)
      .nullable()
      .unique({ indexName: 'smo_improvements_source_key_idx' })
      .comment('The suggestion it was raised from: raised once');
    table.text('source_description').nullable();
    table.text('evidence').notNullable().comment('Linked evidence as JSON');
    table.string('created_by', 512).notNullable();
    table.string('created_at', 32).notNullable();
    table.string('updated_at', 32).notNullable();
    table.integer('version').notNullable();
    table.string('approved_by', 512).nullable();
    table.text('comment').nullable();
    table
      .text('closing')
      .nullable()
      .comment('What the data showed when it was closed, frozen, as JSON');
    table.index(['status', 'created_at'], 'smo_improvements_status_idx');
    table.index(['entity_ref'], 'smo_improvements_entity_idx');
  });

  await knex.schema.createTable('smo_campaign_members', table => {
    table.comment(
      'The components each campaign covers and where each stands, replaced by every sweep',
    );
    table.string('campaign_id', 64).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.string('owner_ref', 512).nullable();
    table.string('tier', 16).notNullable();
    table.string('deadline', 10).notNullable();
    table.string('status', 16).notNullable();
    table.boolean('missed').notNullable();
    table.text('failing').notNullable().comment('Target checks not met, JSON');
    table.primary(['campaign_id', 'entity_ref']);
  });

  await knex.schema.createTable('smo_campaign_reminders', table => {
    table.comment('When each team was last reminded of each campaign');
    table.string('campaign_id', 64).notNullable();
    table.string('owner_ref', 512).notNullable();
    table.string('sent_at', 32).notNullable();
    table.primary(['campaign_id', 'owner_ref']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('smo_campaign_reminders');
  await knex.schema.dropTable('smo_campaign_members');
  await knex.schema.dropTable('smo_improvements');
  await knex.schema.alterTable('smo_waivers', table => {
    table.dropColumn('campaign_id');
    table.dropColumn('renews');
  });
};
