import { ConflictError } from '@backstage/errors';
import { Attestation, Waiver } from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';

/** Attestations (insert-only) and waivers, for one connection or transaction. */
export class EvidenceStore {
  private constructor(private readonly db: Knex) {}

  static create(db: Knex): EvidenceStore {
    return new EvidenceStore(db);
  }

  async addAttestation(a: Attestation): Promise<void> {
    await this.db('smo_attestations').insert({
      id: a.id,
      entity_ref: a.entityRef,
      type: a.type,
      evidence_url: a.evidenceUrl ?? null,
      note: a.note ?? null,
      attested_by: a.attestedBy,
      attested_at: a.attestedAt,
      expires_at: a.expiresAt ?? null,
    });
  }

  /** The entity's attestations, newest first; a page of them when `limit` is given. */
  async listAttestations(
    entityRef: string,
    page: { type?: string; limit?: number; offset?: number } = {},
  ): Promise<Attestation[]> {
    const query = this.db('smo_attestations')
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'attested_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ]);
    if (page.type) query.where({ type: page.type });
    if (page.limit !== undefined) query.limit(page.limit);
    if (page.offset) query.offset(page.offset);
    return (await query).map(toAttestation);
  }

  /** Attestations recorded since `since`, by entity ref: what a sweep can still count. */
  async attestationsSince(
    since: string,
    entityRefs?: string[],
  ): Promise<Map<string, Attestation[]>> {
    const query = this.db('smo_attestations').where('attested_at', '>=', since);
    if (entityRefs) query.whereIn('entity_ref', entityRefs);
    return groupByRef((await query).map(toAttestation));
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
    return rows.map(toAttestation);
  }

  async addWaiver(w: Waiver): Promise<void> {
    await this.db('smo_waivers').insert({ ...toWaiverRow(w), version: 1 });
  }

  async getWaiver(
    id: string,
  ): Promise<(Waiver & { version: number }) | undefined> {
    const row = await this.db('smo_waivers').where({ id }).first();
    return row && { ...toWaiver(row), version: Number(row.version) };
  }

  /** Updates a waiver if nobody changed it since `version` was read; a lost race is a 409. */
  async updateWaiver(w: Waiver, version: number): Promise<void> {
    const updated = await this.db('smo_waivers')
      .where({ id: w.id, version })
      .update({ ...toWaiverRow(w), version: version + 1 });
    if (updated !== 1) {
      throw new ConflictError(
        `Waiver ${w.id} was changed by someone else; reload and try again`,
      );
    }
  }

  async listWaivers(filter: {
    entityRef?: string;
    status?: Waiver['status'];
    /** A page of the list, newest first; all of it when left out. */
    limit?: number;
    offset?: number;
  }): Promise<Waiver[]> {
    const query = this.db('smo_waivers').orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
    if (filter.entityRef) query.where({ entity_ref: filter.entityRef });
    if (filter.status) query.where({ status: filter.status });
    if (filter.limit !== undefined) query.limit(filter.limit);
    if (filter.offset) query.offset(filter.offset);
    return (await query).map(toWaiver);
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
    return rows.map(toWaiver);
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
    return groupByRef((await query).map(toWaiver));
  }

  /** Approved waivers expiring in (from, to]. */
  async waiversExpiringBetween(from: string, to: string): Promise<Waiver[]> {
    const rows = await this.db('smo_waivers')
      .where({ status: 'approved' })
      .where('expires_at', '>', from)
      .where('expires_at', '<=', to);
    return rows.map(toWaiver);
  }
}

function groupByRef<T extends { entityRef: string }>(
  items: T[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    map.set(item.entityRef, [...(map.get(item.entityRef) ?? []), item]);
  }
  return map;
}

function toAttestation(row: any): Attestation {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    type: row.type,
    evidenceUrl: row.evidence_url ?? undefined,
    note: row.note ?? undefined,
    attestedBy: row.attested_by,
    attestedAt: row.attested_at,
    expiresAt: row.expires_at ?? undefined,
  };
}

function toWaiverRow(w: Waiver) {
  return {
    id: w.id,
    entity_ref: w.entityRef,
    check_id: w.checkId,
    justification: w.justification,
    requested_by: w.requestedBy,
    status: w.status,
    approved_by: w.approvedBy ?? null,
    decision_comment: w.decisionComment ?? null,
    created_at: w.createdAt,
    decided_at: w.decidedAt ?? null,
    expires_at: w.expiresAt,
  };
}

function toWaiver(row: any): Waiver {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    checkId: row.check_id,
    justification: row.justification,
    requestedBy: row.requested_by,
    status: row.status,
    approvedBy: row.approved_by ?? undefined,
    decisionComment: row.decision_comment ?? undefined,
    createdAt: row.created_at,
    decidedAt: row.decided_at ?? undefined,
    expiresAt: row.expires_at,
  };
}
