import { StandardChange } from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import { diffStandards, StandardCheck, standardOf } from '../rollup/standard';
import { Page, paged } from './rows';

const COLUMNS = ['recorded_at', 'summary', 'changes'];

/** knex store of the standard (the checks in force), one row each time it changed. */
export class StandardStore {
  private constructor(private readonly db: Knex) {}

  static create(db: Knex): StandardStore {
    return new StandardStore(db);
  }

  /**
   * Records the checks in force at `at` when they differ from the last recorded ones; returns the change, if any.
   * The first record is the baseline, not a change.
   */
  async record(
    checks: Parameters<typeof standardOf>[0],
    at: string,
  ): Promise<StandardChange | undefined> {
    const standard = standardOf(checks);
    return this.db.transaction(async tx => {
      const last = await tx('smo_standards')
        .orderBy('id', 'desc')
        .first('fingerprint', 'checks');
      if (last?.fingerprint === standard.fingerprint) return undefined;
      const { changes, summary } = last
        ? diffStandards(
            JSON.parse(last.checks) as StandardCheck[],
            standard.checks,
          )
        : {
            changes: [],
            summary: `baseline: ${standard.checks.length} checks`,
          };
      await tx('smo_standards').insert({
        fingerprint: standard.fingerprint,
        checks: JSON.stringify(standard.checks),
        changes: JSON.stringify(changes),
        summary,
        recorded_at: at,
      });
      return last ? { recordedAt: at, summary, changes } : undefined;
    });
  }

  /** Changes (not the baseline) recorded from `from` to `to` (ISO), oldest first. */
  async between(from: string, to: string): Promise<StandardChange[]> {
    const rows = await this.changes()
      .select(COLUMNS)
      .andWhere('recorded_at', '>=', from)
      .andWhere('recorded_at', '<=', to)
      .orderBy('id', 'asc');
    return rows.map(toChange);
  }

  /** A page of the changes, newest first, and how many there are. */
  async list(
    page: Required<Page>,
  ): Promise<{ items: StandardChange[]; totalCount: number }> {
    const [counted] = await this.changes().count({ count: '*' });
    const rows = await paged(
      this.changes().select(COLUMNS).orderBy('id', 'desc'),
      page,
    );
    return { totalCount: Number(counted.count), items: rows.map(toChange) };
  }

  private changes() {
    // The baseline has no changes.
    return this.db('smo_standards').whereNot('changes', '[]');
  }
}

function toChange(row: any): StandardChange {
  return {
    recordedAt: row.recorded_at,
    summary: row.summary,
    changes: JSON.parse(row.changes),
  };
}
