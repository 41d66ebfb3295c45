import { ConflictError } from '@backstage/errors';
import { Attestation, Waiver } from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import {
  groupByRef,
  newestPage,
  numeric,
  optional,
  Page,
  rowCodec,
} from './rows';

const attestationRows = rowCodec<Attestation>({
  id: 'id',
  entityRef: 'entity_ref',
  type: 'type',
  evidenceUrl: optional('evidence_url'),
  note: optional('note'),
  attestedBy: 'attested_by',
  attestedAt: 'attested_at',
  expiresAt: optional('expires_at'),
});

const waiverRows = rowCodec<Waiver>({
  id: 'id',
  entityRef: 'entity_ref',
  checkId: 'check_id',
  justification: 'justification',
  requestedBy: 'requested_by',
  status: 'status',
  approvedBy: optional('approved_by'),
  decisionComment: optional('decision_comment'),
  createdAt: 'created_at',
  decidedAt: optional('decided_at'),
  expiresAt: 'expires_at',
  campaignId: optional('campaign_id'),
  renews: numeric('renews'),
});

/** Attestations (insert-only) and waivers, for one connection or transaction. */
export class EvidenceStore {
  private constructor(private readonly db: Knex) {}

  static create(db: Knex): EvidenceStore {
    return new EvidenceStore(db);
  }

  async addAttestation(a: Attestation): Promise<void> {
    await this.db('smo_attestations').insert(attestationRows.toRow(a));
  }

  /** The entity's attestations, newest first; a page of them when `limit` is given. */
  async listAttestations(
    entityRef: string,
    page: { type?: string } & Page = {},
  ): Promise<Attestation[]> {
    const query = this.db('smo_attestations').where({ entity_ref: entityRef });
    const rows = await newestPage(
      query,
      'attested_at',
      { type: page.type },
      page,
    );
    return rows.map(attestationRows.fromRow);
  }

  /** Attestations recorded since `since`, by entity ref: what a sweep can still count. */
  async attestationsSince(
    since: string,
    entityRefs?: string[],
  ): Promise<Map<string, Attestation[]>> {
    const query = this.db('smo_attestations').where('attested_at', '>=', since);
    if (entityRefs) query.whereIn('entity_ref', entityRefs);
    return groupByRef((await query).map(attestationRows.fromRow));
  }

  /** Attestations whose validity (`attested_at + validity`, or `expires_at`) ends in the window. */
  async listAttestationsAttestedBetween(
    from: string,
    to: string,
  ): Promise<Attestation[]> {
    const rows = await this.db('smo_attestations').whereBetween('attested_at', [
      from,
      to,
    ]);
    return rows.map(attestationRows.fromRow);
  }

  async addWaiver(w: Waiver): Promise<void> {
    await this.db('smo_waivers').insert({ ...waiverRows.toRow(w), version: 1 });
  }

  async getWaiver(
    id: string,
  ): Promise<(Waiver & { version: number }) | undefined> {
    const row = await this.db('smo_waivers').where({ id }).first();
    return row && { ...waiverRows.fromRow(row), version: Number(row.version) };
  }

  /** Updates a waiver if nobody changed it since `version` was read; a lost race is a 409. */
  async updateWaiver(w: Waiver, version: number): Promise<void> {
    const updated = await this.db('smo_waivers')
      .where({ id: w.id, version })
      .update({ ...waiverRows.toRow(w), version: version + 1 });
    if (updated !== 1) {
      throw new ConflictError(
        `Waiver ${w.id} was changed by someone else; reload and try again`,
      );
    }
  }

  /** The waivers, newest first; a page of them when `limit` is given. */
  async listWaivers(
    filter: { entityRef?: string; status?: Waiver['status'] } & Page,
  ): Promise<Waiver[]> {
    const rows = await newestPage(
      this.db('smo_waivers'),
      'created_at',
      { entity_ref: filter.entityRef, status: filter.status },
      filter,
    );
    return rows.map(waiverRows.fromRow);
  }

  /** How many waivers of one check of one entity were ever approved: what a new one renews. */
  async countApprovedWaivers(
    entityRef: string,
    checkId: string,
  ): Promise<number> {
    const [row] = await this.db('smo_waivers')
      .where({ entity_ref: entityRef, check_id: checkId })
      .whereNotNull('approved_by')
      .count({ count: '*' });
    return Number(row.count);
  }

  /** Waivers of one check of one entity that still matter at `now`: requested, or approved and not expired. */
  async openWaivers(
    entityRef: string,
    checkId: string,
    now: string,
  ): Promise<Waiver[]> {
    const rows = await this.db('smo_waivers')
      .where({ entity_ref: entityRef, check_id: checkId })
      .where(open =>
        open
          .where({ status: 'requested' })
          .orWhere(active =>
            active.where({ status: 'approved' }).where('expires_at', '>', now),
          ),
      );
    return rows.map(waiverRows.fromRow);
  }

  /** Approved waivers not yet expired at `now`, by entity ref. */
  async activeWaivers(
    now: string,
    entityRefs?: string[],
  ): Promise<Map<string, Waiver[]>> {
    const query = this.db('smo_waivers')
      .where({ status: 'approved' })
      .where('expires_at', '>', now);
    if (entityRefs) query.whereIn('entity_ref', entityRefs);
    return groupByRef((await query).map(waiverRows.fromRow));
  }

  /** Approved waivers expiring in (from, to]. */
  async waiversExpiringBetween(from: string, to: string): Promise<Waiver[]> {
    const rows = await this.db('smo_waivers')
      .where({ status: 'approved' })
      .where('expires_at', '>', from)
      .where('expires_at', '<=', to);
    return rows.map(waiverRows.fromRow);
  }
}
