import { ConflictError } from '@backstage/errors';
import {
  Handover,
  HandoverState,
  SignOff,
} from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';

/** Handover requests and their sign-offs, for one connection or transaction. */
export class HandoverStore {
  private constructor(private readonly db: Knex) {}

  static create(db: Knex): HandoverStore {
    return new HandoverStore(db);
  }

  /** Inserts a handover; a second open one for the same entity is a 409 (unique index). */
  async create(h: Omit<Handover, 'signOffs'>): Promise<void> {
    try {
      await this.insert(h);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(`${h.entityRef} already has an open handover`);
      }
      throw error;
    }
  }

  private async insert(h: Omit<Handover, 'signOffs'>): Promise<void> {
    await this.db('smo_handovers').insert({
      id: h.id,
      entity_ref: h.entityRef,
      state: h.state,
      version: h.version,
      round: h.round,
      requested_by: h.requestedBy,
      required_sign_offs: JSON.stringify(h.requiredSignOffs),
      created_at: h.createdAt,
      updated_at: h.updatedAt,
    });
  }

  async get(id: string): Promise<Handover | undefined> {
    const row = await this.db('smo_handovers').where({ id }).first();
    if (!row) return undefined;
    const signOffs = await this.db('smo_sign_offs')
      .where({ handover_id: id, round: row.round })
      .orderBy('created_at', 'asc');
    return { ...toHandover(row), signOffs: signOffs.map(toSignOff) };
  }

  async list(filter: {
    entityRef?: string;
    states?: readonly HandoverState[];
    /** A page of the list, most recently changed first; all of it when left out. */
    limit?: number;
    offset?: number;
  }): Promise<Handover[]> {
    const query = this.db('smo_handovers').orderBy([
      { column: 'updated_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
    if (filter.entityRef) query.where({ entity_ref: filter.entityRef });
    if (filter.states) query.whereIn('state', filter.states);
    if (filter.limit !== undefined) query.limit(filter.limit);
    if (filter.offset) query.offset(filter.offset);
    const rows = await query;
    const ids = rows.map(r => r.id);
    const signOffs = ids.length
      ? await this.db('smo_sign_offs')
          .whereIn('handover_id', ids)
          .orderBy('created_at', 'asc')
      : [];
    return rows.map(row => ({
      ...toHandover(row),
      signOffs: signOffs
        .filter(
          s =>
            s.handover_id === row.id && Number(s.round) === Number(row.round),
        )
        .map(toSignOff),
    }));
  }

  /** Moves a handover to a new state if its version is still `version`; a lost race is a 409. */
  async transition(
    id: string,
    version: number,
    change: { state: HandoverState; round: number; updatedAt: string },
  ): Promise<void> {
    const updated = await this.db('smo_handovers')
      .where({ id, version })
      .update({
        state: change.state,
        round: change.round,
        updated_at: change.updatedAt,
        version: version + 1,
      });
    if (updated !== 1) {
      throw new ConflictError(
        `Handover ${id} was changed by someone else (expected version ${version}); reload and try again`,
      );
    }
  }

  /**
   * Records a sign-off if the handover is still collecting them in `round`, and bumps its version:
   * the row update serialises sign-offs against decisions, so an `accept` judged on older sign-offs
   * loses with a 409 instead of ignoring a sign-off that landed meanwhile.
   */
  async addSignOff(
    handoverId: string,
    round: number,
    states: readonly HandoverState[],
    s: SignOff,
  ): Promise<void> {
    const updated = await this.db('smo_handovers')
      .where({ id: handoverId, round })
      .whereIn('state', states)
      .update({
        version: this.db.raw('version + 1'),
        updated_at: s.createdAt,
      });
    if (updated !== 1) {
      throw new ConflictError(
        `Handover ${handoverId} changed meanwhile and no longer collects sign-offs for round ${round}; reload and try again`,
      );
    }
    await this.db('smo_sign_offs').insert({
      id: s.id,
      handover_id: handoverId,
      round,
      role: s.role,
      decision: s.decision,
      actor: s.actor,
      comment: s.comment ?? null,
      snapshot_id: s.snapshotId,
      created_at: s.createdAt,
    });
  }
}

/** A unique constraint refused the write (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function toHandover(row: any): Omit<Handover, 'signOffs'> {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    state: row.state,
    version: Number(row.version),
    round: Number(row.round),
    requestedBy: row.requested_by,
    requiredSignOffs: JSON.parse(row.required_sign_offs),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toSignOff(row: any): SignOff {
  return {
    id: row.id,
    role: row.role,
    decision: row.decision,
    actor: row.actor,
    comment: row.comment ?? undefined,
    snapshotId: row.snapshot_id,
    createdAt: row.created_at,
  };
}
