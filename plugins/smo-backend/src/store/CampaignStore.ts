import { Knex } from 'knex';
import { CampaignMemberRow } from '../campaigns/membership';
import { json, optional, rowCodec } from './rows';

const TABLE = 'smo_campaign_members';
const WRITE_CHUNK = 200;

const memberRows = rowCodec<CampaignMemberRow>({
  campaignId: 'campaign_id',
  entityRef: 'entity_ref',
  ownerRef: optional('owner_ref'),
  tier: 'tier',
  deadline: 'deadline',
  status: 'status',
  missed: 'missed',
  failing: json('failing'),
});

const keyOf = (row: { campaignId: string; entityRef: string }) =>
  `${row.campaignId} ${row.entityRef}`;

/** knex store of each campaign's members (kept by the sweeps) and of the reminders sent to their teams. */
export class CampaignStore {
  private constructor(private readonly db: Knex) {}

  static create(db: Knex): CampaignStore {
    return new CampaignStore(db);
  }

  /** Replaces every membership with a sweep's; only what changed is written. */
  async replaceAll(rows: CampaignMemberRow[]): Promise<void> {
    await this.db.transaction(tx => this.replace(tx, tx(TABLE), rows));
  }

  /** Replaces one component's memberships (after an on-demand refresh). */
  async replaceFor(
    entityRef: string,
    rows: CampaignMemberRow[],
  ): Promise<void> {
    await this.db.transaction(tx =>
      this.replace(tx, tx(TABLE).where({ entity_ref: entityRef }), rows),
    );
  }

  /** The members of one campaign, or of all. */
  async members(campaignId?: string): Promise<CampaignMemberRow[]> {
    const query = this.db(TABLE);
    if (campaignId) query.where({ campaign_id: campaignId });
    return (await query.orderBy('entity_ref')).map(r => {
      const row = memberRows.fromRow(r);
      return { ...row, missed: Boolean(row.missed) };
    });
  }

  /**
   * Claims the reminder of a team for a campaign when none was sent since `notBefore` (ISO): true for exactly one
   * caller, so that replicas remind once per cadence.
   */
  async claimReminder(
    campaignId: string,
    ownerRef: string,
    at: string,
    notBefore: string,
  ): Promise<boolean> {
    const claimed = await this.db('smo_campaign_reminders')
      .where({ campaign_id: campaignId, owner_ref: ownerRef })
      .andWhere('sent_at', '<=', notBefore)
      .update({ sent_at: at });
    if (claimed === 1) return true;
    // The first reminder: whoever inserts the row claims it.
    await this.db('smo_campaign_reminders')
      .insert({ campaign_id: campaignId, owner_ref: ownerRef, sent_at: at })
      .onConflict(['campaign_id', 'owner_ref'])
      .ignore();
    const row = await this.db('smo_campaign_reminders')
      .where({ campaign_id: campaignId, owner_ref: ownerRef })
      .first('sent_at');
    return row?.sent_at === at;
  }

  private async replace(
    tx: Knex.Transaction,
    scope: Knex.QueryBuilder,
    rows: CampaignMemberRow[],
  ): Promise<void> {
    const stored = new Map<string, string>(
      (await scope.clone()).map((r: unknown) => {
        const row = memberRows.fromRow(r);
        const normal = { ...row, missed: Boolean(row.missed) };
        return [keyOf(row), JSON.stringify(memberRows.toRow(normal))];
      }),
    );
    const wanted = new Map(rows.map(r => [keyOf(r), r]));
    const gone = new Map<string, string[]>();
    for (const key of stored.keys()) {
      if (wanted.has(key)) continue;
      const [campaignId, entityRef] = key.split(' ');
      gone.set(campaignId, [...(gone.get(campaignId) ?? []), entityRef]);
    }
    for (const [campaignId, refs] of gone) {
      for (let i = 0; i < refs.length; i += WRITE_CHUNK) {
        await tx(TABLE)
          .where({ campaign_id: campaignId })
          .whereIn('entity_ref', refs.slice(i, i + WRITE_CHUNK))
          .delete();
      }
    }
    const changed = rows.filter(
      r => stored.get(keyOf(r)) !== JSON.stringify(memberRows.toRow(r)),
    );
    for (let i = 0; i < changed.length; i += WRITE_CHUNK) {
      await tx(TABLE)
        .insert(changed.slice(i, i + WRITE_CHUNK).map(memberRows.toRow))
        .onConflict(['campaign_id', 'entity_ref'])
        .merge();
    }
  }
}
