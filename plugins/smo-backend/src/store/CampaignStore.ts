import { CampaignMemberStatus } from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import { CampaignMemberRow } from '../campaigns/membership';
import { pageWindow } from './pageWindow';
import { json, optional, rowCodec } from './rows';

const TABLE = 'smo_campaign_members';
const WRITE_CHUNK = 200;

/** Which members a read covers; every field narrows it. */
export interface MemberFilter {
  campaignIds: readonly string[];
  status?: CampaignMemberStatus;
  missed?: boolean;
  owner?: string;
}

/** How many members share a campaign, status, missed flag and (when counted by team) team. */
export interface MemberCount {
  campaignId: string;
  ownerRef?: string;
  status: CampaignMemberStatus;
  missed: boolean;
  count: number;
}

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

  /**
   * The members `filter` selects, by ref; with `page`, only that page of them: its refs are read from an index (from
   * the nearer end, see {@link pageWindow}), then their rows.
   */
  async members(
    filter: MemberFilter,
    page?: { offset: number; limit: number; total: number },
  ): Promise<CampaignMemberRow[]> {
    if (!page) return fromRows(await this.where(filter).orderBy('entity_ref'));
    const window = pageWindow(page.total, page.offset, page.limit);
    if (window.limit === 0) return [];
    const refs = this.where(filter)
      .select('entity_ref')
      .orderBy('entity_ref', window.reverse ? 'desc' : 'asc')
      .limit(window.limit)
      .offset(window.offset);
    return fromRows(
      await this.where(filter)
        .whereIn('entity_ref', refs)
        .orderBy('entity_ref'),
    );
  }

  /** The members of one campaign with these refs (a page's: few), in no particular order. */
  async membersOf(
    campaignId: string,
    entityRefs: string[],
  ): Promise<CampaignMemberRow[]> {
    return fromRows(
      await this.where({ campaignIds: [campaignId] }).whereIn(
        'entity_ref',
        entityRefs,
      ),
    );
  }

  /**
   * Ref, team, status and missed flag of each member `filter` selects, by ref: what a page or a burn-up needs of every
   * member, without the rest. With `only`, just those refs.
   */
  async narrow(
    filter: MemberFilter,
    only?: ReadonlySet<string>,
  ): Promise<
    Pick<CampaignMemberRow, 'entityRef' | 'ownerRef' | 'status' | 'missed'>[]
  > {
    const rows: {
      entity_ref: string;
      owner_ref: string | null;
      status: CampaignMemberStatus;
      missed: unknown;
    }[] = await this.where(filter, only)
      .select('entity_ref', 'owner_ref', 'status', 'missed')
      .orderBy('entity_ref');
    return rows.map(r => ({
      entityRef: r.entity_ref,
      ...(r.owner_ref && { ownerRef: r.owner_ref }),
      status: r.status,
      missed: Boolean(r.missed),
    }));
  }

  /**
   * The members `filter` selects, counted per campaign, status and missed flag — and per team with `byOwner` — in one
   * GROUP BY. With `only`, just those refs count.
   */
  async counts(
    filter: MemberFilter,
    options: { byOwner?: boolean; only?: ReadonlySet<string> } = {},
  ): Promise<MemberCount[]> {
    const columns = [
      'campaign_id',
      'status',
      'missed',
      ...(options.byOwner ? ['owner_ref'] : []),
    ];
    const rows = await this.where(filter, options.only)
      .select(columns)
      .count({ count: '*' })
      .groupBy(columns);
    return rows.map(r => ({
      campaignId: r.campaign_id,
      ...(r.owner_ref && { ownerRef: r.owner_ref }),
      status: r.status,
      missed: Boolean(r.missed),
      count: Number(r.count),
    }));
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

  private where(
    filter: MemberFilter,
    only?: ReadonlySet<string>,
  ): Knex.QueryBuilder {
    const query = this.db(TABLE).whereIn('campaign_id', filter.campaignIds);
    if (filter.status) query.where('status', filter.status);
    if (filter.missed !== undefined) query.where('missed', filter.missed);
    if (filter.owner) query.where('owner_ref', filter.owner);
    if (only) this.among(query, only);
    return query;
  }

  /**
   * Keeps the rows whose ref is among `refs`, bound as one JSON array: any number of them in one statement, where a
   * list of bound values would meet the databases' limits (a caller may see 100k components).
   */
  private among(query: Knex.QueryBuilder, refs: ReadonlySet<string>): void {
    const values =
      this.db.client.config.client === 'pg'
        ? 'select json_array_elements_text(?::json)'
        : 'select value from json_each(?)';
    query.whereRaw(`entity_ref in (${values})`, [JSON.stringify([...refs])]);
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

function fromRows(rows: unknown[]): CampaignMemberRow[] {
  return rows.map(r => {
    const row = memberRows.fromRow(r);
    return { ...row, missed: Boolean(row.missed) };
  });
}
