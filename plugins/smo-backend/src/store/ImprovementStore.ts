import { ConflictError } from '@backstage/errors';
import {
  Improvement,
  ImprovementStatus,
} from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import { isUniqueViolation } from './HandoverStore';
import { json, newestFirst, numeric, optional, Page, rowCodec } from './rows';

/** A record of the register as stored: `goalText` is derived from the goal when it is read. */
export type StoredImprovement = Omit<Improvement, 'goalText'>;

type Row = Omit<StoredImprovement, 'source' | 'closing'> & {
  sourceType: Improvement['source']['type'];
  sourceKey?: string;
  sourceDescription?: string;
};

const TABLE = 'smo_improvements';

const improvementRows = rowCodec<Row>({
  id: 'id',
  title: 'title',
  entityRef: 'entity_ref',
  problem: 'problem',
  goal: json('goal'),
  ownerRef: 'owner_ref',
  dueDate: 'due_date',
  status: 'status',
  sourceType: 'source_type',
  sourceKey: optional('source_key'),
  sourceDescription: optional('source_description'),
  evidence: json('evidence'),
  createdBy: 'created_by',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  version: numeric('version'),
  approvedBy: optional('approved_by'),
  comment: optional('comment'),
});

function toRow(i: StoredImprovement) {
  const { source, closing, ...rest } = i;
  return {
    ...improvementRows.toRow({
      ...rest,
      sourceType: source.type,
      sourceKey: source.key,
      sourceDescription: source.description,
    }),
    // Optional JSON: NULL while open, the frozen evidence once done.
    closing: closing ? JSON.stringify(closing) : null,
  };
}

function fromRow(row: any): StoredImprovement {
  const { sourceType, sourceKey, sourceDescription, ...rest } =
    improvementRows.fromRow(row);
  return {
    ...rest,
    source: {
      type: sourceType,
      ...(sourceKey && { key: sourceKey }),
      ...(sourceDescription && { description: sourceDescription }),
    },
    ...(row.closing && { closing: JSON.parse(row.closing) }),
  };
}

/** Which improvements to list. */
export interface ImprovementFilter {
  entityRef?: string;
  status?: ImprovementStatus;
}

/** The CSI register: one row per improvement, changed only under a version check. */
export class ImprovementStore {
  private constructor(private readonly db: Knex) {}

  static create(db: Knex): ImprovementStore {
    return new ImprovementStore(db);
  }

  /** Inserts a new improvement; `false` when its suggestion was raised meanwhile (the unique source key). */
  async add(i: StoredImprovement): Promise<boolean> {
    try {
      await this.db(TABLE).insert(toRow(i));
      return true;
    } catch (error) {
      if (i.source.key && isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async get(id: string): Promise<StoredImprovement | undefined> {
    const row = await this.db(TABLE).where({ id }).first();
    return row && fromRow(row);
  }

  /** The improvement raised from a suggestion. */
  async bySourceKey(key: string): Promise<StoredImprovement | undefined> {
    const row = await this.db(TABLE).where({ source_key: key }).first();
    return row && fromRow(row);
  }

  /** Which of `keys` have been raised already. */
  async raisedKeys(keys: string[]): Promise<Set<string>> {
    const raised = new Set<string>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.db(TABLE)
        .whereIn('source_key', keys.slice(i, i + 500))
        .select('source_key');
      rows.forEach(r => raised.add(r.source_key));
    }
    return raised;
  }

  /** The newest proposed improvement `createdBy` raised on the entity with this title since `since`: a retry's. */
  async latestProposed(
    match: { createdBy: string; entityRef: string; title: string },
    since: string,
  ): Promise<StoredImprovement | undefined> {
    const row = await this.db(TABLE)
      .where({
        created_by: match.createdBy,
        entity_ref: match.entityRef,
        title: match.title,
        status: 'proposed',
      })
      .where('created_at', '>=', since)
      .orderBy(newestFirst('created_at'))
      .first();
    return row && fromRow(row);
  }

  /**
   * A page of the register, newest first, and how many match. With `visible`, only the improvements whose entity it
   * accepts count, the page and the total alike.
   */
  async list(
    filter: ImprovementFilter & Page,
    visible?: (entityRef: string) => boolean,
  ): Promise<{ items: StoredImprovement[]; totalCount: number }> {
    const base = this.db(TABLE).where(q => {
      if (filter.entityRef) q.where('entity_ref', filter.entityRef);
      if (filter.status) q.where('status', filter.status);
    });
    const offset = filter.offset ?? 0;
    const end = filter.limit === undefined ? undefined : offset + filter.limit;
    if (!visible) {
      const [{ count }] = await base.clone().count({ count: '*' });
      const query = base.clone().orderBy(newestFirst('created_at'));
      if (filter.limit !== undefined) query.limit(filter.limit);
      if (offset) query.offset(offset);
      return { items: (await query).map(fromRow), totalCount: Number(count) };
    }
    // Visibility is the catalog's: applied to the matching ids in page order, then the page's rows are read.
    const ids = (
      await base
        .clone()
        .orderBy(newestFirst('created_at'))
        .select('id', 'entity_ref')
    )
      .filter(r => visible(r.entity_ref))
      .map(r => r.id as string);
    const pageIds = ids.slice(offset, end);
    const byId = new Map(
      (pageIds.length ? await this.db(TABLE).whereIn('id', pageIds) : []).map(
        r => [r.id, fromRow(r)],
      ),
    );
    return {
      items: pageIds.flatMap(id => byId.get(id) ?? []),
      totalCount: ids.length,
    };
  }

  /** Writes a change if nobody changed the improvement since `version` was read; a lost race is a 409. */
  async update(i: StoredImprovement, version: number): Promise<void> {
    const updated = await this.db(TABLE)
      .where({ id: i.id, version })
      .update({ ...toRow(i), version: version + 1 });
    if (updated !== 1) {
      throw new ConflictError(
        `Improvement ${i.id} was changed by someone else; reload and try again`,
      );
    }
  }
}
