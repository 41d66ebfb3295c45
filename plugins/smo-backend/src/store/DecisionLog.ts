import {
  DecisionLogEntry,
  EvaluationSnapshot,
} from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import { json, optional, paged, Page, rowCodec, whereSet } from './rows';

const snapshotRows = rowCodec<EvaluationSnapshot>({
  id: 'id',
  entityRef: 'entity_ref',
  result: json('result'),
  createdAt: 'created_at',
});

const entryRows = rowCodec<DecisionLogEntry>({
  id: 'id',
  entityRef: 'entity_ref',
  subject: 'subject',
  subjectId: 'subject_id',
  action: 'action',
  actor: 'actor',
  fromState: optional('from_state'),
  toState: optional('to_state'),
  comment: optional('comment'),
  snapshotId: optional('snapshot_id'),
  at: 'at',
});

/**
 * Frozen evaluation snapshots and the append-only decision log. There is deliberately no update or
 * delete here: decisions are history.
 */
export class DecisionLog {
  private constructor(private readonly db: Knex) {}

  static create(db: Knex): DecisionLog {
    return new DecisionLog(db);
  }

  async addSnapshot(snapshot: EvaluationSnapshot): Promise<void> {
    await this.db('smo_snapshots').insert(snapshotRows.toRow(snapshot));
  }

  async getSnapshot(id: string): Promise<EvaluationSnapshot | undefined> {
    const row = await this.db('smo_snapshots').where({ id }).first();
    return row && snapshotRows.fromRow(row);
  }

  async append(entry: DecisionLogEntry): Promise<void> {
    await this.db('smo_decision_log').insert(entryRows.toRow(entry));
  }

  /** The log of one entity, or the most recent decisions overall; newest first. */
  async list(
    filter: { entityRef?: string; limit: number } & Page,
  ): Promise<DecisionLogEntry[]> {
    const query = this.db('smo_decision_log').orderBy('seq', 'desc');
    whereSet(query, { entity_ref: filter.entityRef });
    return (await paged(query, filter)).map(entryRows.fromRow);
  }
}
