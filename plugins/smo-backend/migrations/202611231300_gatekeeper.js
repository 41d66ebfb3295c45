// @ts-check

/**
 * Attestations (append-only), waivers, handovers with sign-offs, frozen evaluation snapshots and
 * the append-only decision log. Timestamps are ISO-8601 UTC strings, as in the readiness tables.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('smo_snapshots', table => {
    table.comment('Frozen evaluations a decision was based on');
    table.string('id', 36).primary();
    table.string('entity_ref', 512).notNullable();
    table.text('result').notNullable();
    table.string('created_at', 32).notNullable();
    table.index(['entity_ref'], 'smo_snapshots_ref_idx');
  });

  await knex.schema.createTable('smo_attestations', table => {
    table.comment('Recorded manual checks; never updated or deleted');
    table.string('id', 36).primary();
    table.string('entity_ref', 512).notNullable();
    table.string('type', 128).notNullable();
    table.text('evidence_url').nullable();
    table.text('note').nullable();
    table.string('attested_by', 512).notNullable();
    table.string('attested_at', 32).notNullable();
    table.string('expires_at', 32).nullable();
    table.index(['entity_ref', 'type'], 'smo_attestations_ref_idx');
    table.index(['attested_at'], 'smo_attestations_time_idx');
  });

  await knex.schema.createTable('smo_waivers', table => {
    table.comment('Exceptions for one check of one entity');
    table.string('id', 36).primary();
    table.string('entity_ref', 512).notNullable();
    table.string('check_id', 128).notNullable();
    table.text('justification').notNullable();
    table.string('requested_by', 512).notNullable();
    table.string('status', 16).notNullable();
    table.string('approved_by', 512).nullable();
    table.text('decision_comment').nullable();
    table.string('created_at', 32).notNullable();
    table.string('decided_at', 32).nullable();
    table.string('expires_at', 32).notNullable();
    table.integer('version').notNullable().defaultTo(1);
    table.index(['entity_ref'], 'smo_waivers_ref_idx');
    table.index(['status', 'expires_at'], 'smo_waivers_status_idx');
  });

  await knex.schema.createTable('smo_handovers', table => {
    table.comment('Handover requests from development to operations');
    table.string('id', 36).primary();
    table.string('entity_ref', 512).notNullable();
    table.string('state', 32).notNullable();
    table.integer('version').notNullable();
    table.integer('round').notNullable();
    table.string('requested_by', 512).notNullable();
    table
      .text('required_sign_offs')
      .notNullable()
      .comment('JSON array of roles');
    table.string('created_at', 32).notNullable();
    table.string('updated_at', 32).notNullable();
    table.index(['entity_ref'], 'smo_handovers_ref_idx');
    table.index(['state'], 'smo_handovers_state_idx');
  });

  await knex.schema.createTable('smo_sign_offs', table => {
    table.comment('Role sign-offs per handover and review round; append-only');
    table.string('id', 36).primary();
    table
      .string('handover_id', 36)
      .notNullable()
      .references('id')
      .inTable('smo_handovers')
      .onDelete('CASCADE');
    table.integer('round').notNullable();
    table.string('role', 64).notNullable();
    table.string('decision', 16).notNullable();
    table.string('actor', 512).notNullable();
    table.text('comment').nullable();
    table
      .string('snapshot_id', 36)
      .notNullable()
      .references('id')
      .inTable('smo_snapshots');
    table.string('created_at', 32).notNullable();
    table.index(['handover_id', 'round'], 'smo_sign_offs_handover_idx');
  });

  await knex.schema.createTable('smo_decision_log', table => {
    table.comment('Append-only log of every gatekeeper decision');
    table.bigIncrements('seq').primary();
    table.string('id', 36).notNullable().unique();
    table.string('entity_ref', 512).notNullable();
    table.string('subject', 16).notNullable();
    table.string('subject_id', 36).notNullable();
    table.string('action', 64).notNullable();
    table.string('actor', 512).notNullable();
    table.string('from_state', 32).nullable();
    table.string('to_state', 32).nullable();
    table.text('comment').nullable();
    table
      .string('snapshot_id', 36)
      .nullable()
      .references('id')
      .inTable('smo_snapshots');
    table.string('at', 32).notNullable();
    table.index(['entity_ref', 'seq'], 'smo_decision_log_ref_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  // The decision log is the audit trail of every gatekeeper decision: rolling back must not erase it silently.
  const [{ entries }] = await knex('smo_decision_log').count({ entries: '*' });
  if (Number(entries) > 0) {
    throw new Error(
      `Refusing to roll back the SMO gatekeeper tables: smo_decision_log holds ${entries} audit entries. ` +
        'Export them (and smo_snapshots, which they reference), delete them, then roll back again.',
    );
  }
  await knex.schema.dropTable('smo_decision_log');
  await knex.schema.dropTable('smo_sign_offs');
  await knex.schema.dropTable('smo_handovers');
  await knex.schema.dropTable('smo_waivers');
  await knex.schema.dropTable('smo_attestations');
  await knex.schema.dropTable('smo_snapshots');
};
