import { ConflictError } from '@backstage/errors';
import {
  Handover,
  HandoverState,
  SignOff,
} from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import { json, newestPage, numeric, optional, Page, rowCodec } from './rows';

const handoverRows = rowCodec<Omit<Handover, 'signOffs'>>({
  id: 'id',
  entityRef: 'entity_ref',
  state: 'state',
  version: numeric('version'),
  round: numeric('round'),
  requestedBy: 'requested_by',
  requiredSignOffs: json('required_sign_offs'),
  createdAt: 'created_at',
  updatedAt: 'updated_at',
});

const signOffRows = rowCodec<SignOff>({
  id: 'id',
  role: 'role',
  decision: 'decision',
  actor: 'actor',
  comment: optional('comment'),
  snapshotId: 'snapshot_id',
  createdAt: 'created_at',
});

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
    await this.db('smo_handovers').insert(handoverRows.toRow(h));
  }

  async get(id: string): Promise<Handover | undefined> {
    const row = await this.db('smo_handovers').where({ id }).first();
    if (!row) return undefined;
    const signOffs = await this.db('smo_sign_offs')
      .where({ handover_id: id, round: row.round })
      .orderBy('created_at', 'asc');
    return {
      ...handoverRows.fromRow(row),
      signOffs: signOffs.map(signOffRows.fromRow),
    };
  }

  /** The handovers, most recently changed first; a page of them when `limit` is given. */
  async list(
    filter: { entityRef?: string; states?: readonly HandoverState[] } & Page,
  ): Promise<Handover[]> {
    const query = this.db('smo_handovers');
    if (filter.states) query.whereIn('state', filter.states);
    const rows = await newestPage(
      query,
      'updated_at',
      { entity_ref: filter.entityRef },
      filter,
    );
    const ids = rows.map(r => r.id);
    const signOffs = ids.length
      ? await this.db('smo_sign_offs')
          .whereIn('handover_id', ids)
          .orderBy('created_at', 'asc')
      : [];
    return rows.map(row => ({
      ...handoverRows.fromRow(row),
      signOffs: signOffs
        .filter(
          s =>
            s.handover_id === row.id && Number(s.round) === Number(row.round),
        )
        .map(signOffRows.fromRow),
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
      ...signOffRows.toRow(s),
      handover_id: handoverId,
      round,
    });
  }
}

/** A unique constraint refused the write (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
