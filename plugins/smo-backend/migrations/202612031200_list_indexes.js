// @ts-check

const OFFERINGS = 'smo_readiness_offerings';

/** Index name prefix per filter column. */
const INDEX = /** @type {Record<string, string>} */ ({
  verdict: 'smo_readiness_verdict',
  tier: 'smo_readiness_tier',
  owner_ref: 'smo_readiness_owner',
  system_ref: 'smo_readiness_system',
});

/** @param {import('knex').Knex} knex */
const isPostgres = knex => knex.client.config.client === 'pg';

// A result lists each offering once; DISTINCT keeps a write from failing if one ever did not.
const SQLITE_INSERT = `INSERT INTO ${OFFERINGS} (entity_ref, offering_ref)
  SELECT DISTINCT NEW.entity_ref, value FROM json_each(NEW.result, '$.basis.offerings');`;
const SQLITE_DELETE = `DELETE FROM ${OFFERINGS} WHERE entity_ref = OLD.entity_ref;`;
const SQLITE_TRIGGERS = [
  `CREATE TRIGGER ${OFFERINGS}_insert AFTER INSERT ON smo_readiness
   BEGIN ${SQLITE_INSERT} END`,
  `CREATE TRIGGER ${OFFERINGS}_update AFTER UPDATE OF result ON smo_readiness
   BEGIN ${SQLITE_DELETE} ${SQLITE_INSERT} END`,
  `CREATE TRIGGER ${OFFERINGS}_delete AFTER DELETE ON smo_readiness
   BEGIN ${SQLITE_DELETE} END`,
];

// The plugin's schema, whichever session writes (the tables are named without one).
const PG_SYNC = `CREATE FUNCTION ${OFFERINGS}_sync() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM ${OFFERINGS} WHERE entity_ref = OLD.entity_ref;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO ${OFFERINGS} (entity_ref, offering_ref)
      SELECT DISTINCT NEW.entity_ref, o.ref
      FROM json_array_elements_text(NEW.result::json #> '{basis,offerings}') AS o(ref);
  END IF;
  RETURN NULL;
END
$$`;

/**
 * Indexes for the lists at 100k components (issue 19). Each portfolio filter gets an index led by its column and
 * followed by the sort, so a page is read in index order and its count from the index alone; the offering filter (a
 * `|`-delimited column, which no index can search) gets a side table, kept by triggers from each stored result's
 * `basis.offerings`, so every writer of smo_readiness keeps it without knowing it. Campaign members get the indexes
 * their counts (per status, missed and team) and their pages (open, then missed, then by ref) are read from.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('smo_readiness', table => {
    // Superseded by the same columns followed by the sort's.
    table.dropIndex(['verdict', 'score'], 'smo_readiness_verdict_score_idx');
    table.dropIndex(['owner_ref'], 'smo_readiness_owner_idx');
    for (const column of ['verdict', 'tier', 'owner_ref', 'system_ref']) {
      table.index(
        [column, 'score', 'entity_ref'],
        `${INDEX[column]}_score_idx`,
      );
    }
    // sort=entityRef: within the filters that match a large share of the portfolio (owner, system and offering match
    // few enough rows to sort), and within a score range, read in ref order.
    for (const column of ['verdict', 'tier']) {
      table.index([column, 'entity_ref'], `${INDEX[column]}_ref_idx`);
    }
    table.index(['entity_ref', 'score'], 'smo_readiness_ref_score_idx');
  });

  await knex.schema.createTable(OFFERINGS, table => {
    table.comment(
      'Each scored entity per offering it delivers, for the portfolio filter; kept by triggers on smo_readiness',
    );
    table.string('entity_ref', 512).notNullable();
    table.string('offering_ref', 512).notNullable();
    table.primary(['entity_ref', 'offering_ref']);
    table.index(['offering_ref', 'entity_ref'], 'smo_readiness_offerings_idx');
  });
  if (isPostgres(knex)) {
    await knex.raw(PG_SYNC);
    await knex.raw(
      `CREATE TRIGGER ${OFFERINGS}_sync AFTER INSERT OR DELETE OR UPDATE OF result ON smo_readiness
       FOR EACH ROW EXECUTE FUNCTION ${OFFERINGS}_sync()`,
    );
    await knex.raw(`INSERT INTO ${OFFERINGS} (entity_ref, offering_ref)
      SELECT DISTINCT r.entity_ref, o.ref FROM smo_readiness r,
        json_array_elements_text(r.result::json #> '{basis,offerings}') AS o(ref)`);
  } else {
    for (const trigger of SQLITE_TRIGGERS) await knex.raw(trigger);
    await knex.raw(`INSERT INTO ${OFFERINGS} (entity_ref, offering_ref)
      SELECT DISTINCT r.entity_ref, o.value FROM smo_readiness r, json_each(r.result, '$.basis.offerings') o`);
  }

  await knex.schema.alterTable('smo_campaign_members', table => {
    table.index(
      ['campaign_id', 'status', 'missed', 'entity_ref'],
      'smo_campaign_members_status_idx',
    );
    table.index(
      ['campaign_id', 'owner_ref', 'status', 'missed', 'entity_ref'],
      'smo_campaign_members_owner_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('smo_campaign_members', table => {
    table.dropIndex([], 'smo_campaign_members_owner_idx');
    table.dropIndex([], 'smo_campaign_members_status_idx');
  });
  if (isPostgres(knex)) {
    await knex.raw(`DROP TRIGGER ${OFFERINGS}_sync ON smo_readiness`);
    await knex.raw(`DROP FUNCTION ${OFFERINGS}_sync()`);
  } else {
    for (const op of ['insert', 'update', 'delete']) {
      await knex.raw(`DROP TRIGGER ${OFFERINGS}_${op}`);
    }
  }
  await knex.schema.dropTable(OFFERINGS);
  await knex.schema.alterTable('smo_readiness', table => {
    table.dropIndex([], 'smo_readiness_ref_score_idx');
    for (const column of ['verdict', 'tier']) {
      table.dropIndex([], `${INDEX[column]}_ref_idx`);
    }
    for (const column of ['verdict', 'tier', 'owner_ref', 'system_ref']) {
      table.dropIndex([], `${INDEX[column]}_score_idx`);
    }
    table.index(['verdict', 'score'], 'smo_readiness_verdict_score_idx');
    table.index(['owner_ref'], 'smo_readiness_owner_idx');
  });
};
