import {
  DecisionLogEntry,
  EvaluationSnapshot,
  ReadinessResult,
} from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';

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
    await this.db('smo_snapshots').insert({
      id: snapshot.id,
      entity_ref: snapshot.entityRef,
      result: JSON.stringify(snapshot.result),
      created_at: snapshot.createdAt,
    });
  }

  async getSnapshot(id: string): Promise<EvaluationSnapshot | undefined> {
    const row = await this.db('smo_snapshots').where({ id }).first();
    return (
      row && {
        id: row.id,
        entityRef: row.entity_ref,
        result: JSON.parse(row.result) as ReadinessResult,
        createdAt: row.created_at,
      }
    );
  }

  async append(entry: DecisionLogEntry): Promise<void> {
    await this.db('smo_decision_log').insert({
      id: entry.id,
      entity_ref: entry.entityRef,
      subject: entry.subject,
      subject_id: entry.subjectId,
      action: entry.action,
      actor: entry.actor,
      from_state: entry.fromState ?? null,
      to_state: entry.toState ?? null,
      comment: entry.comment ?? null,
      snapshot_id: entry.snapshotId ?? null,
      at: entry.at,
    });
  }

  /** The log of one entity, or the most recent decisions overall; newest first. */
  async list(filter: {
    entityRef?: string;
    limit: number;
    offset?: number;
  }): Promise<DecisionLogEntry[]> {
    const query = this.db('smo_decision_log')
      .orderBy('seq', 'desc')
      .limit(filter.limit);
    if (filter.offset) query.offset(filter.offset);
    if (filter.entityRef) query.where({ entity_ref: filter.entityRef });
    return (await query).map(row => ({
      id: row.id,
      entityRef: row.entity_ref,
      subject: row.subject,
      subjectId: row.subject_id,
      action: row.action,
      actor: row.actor,
      fromState: row.from_state ?? undefined,
      toState: row.to_state ?? undefined,
      comment: row.comment ?? undefined,
      snapshotId: row.snapshot_id ?? undefined,
      at: row.at,
    }));
  }
}
