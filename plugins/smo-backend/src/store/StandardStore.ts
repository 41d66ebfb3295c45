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
   * The first record is the baseline, not a change (see {@link StandardStore.recordBaseline}).
   */
  async record(
    checks: Parameters<typeof standardOf>[0],
    at: string,
    campaigns: Parameters<typeof standardOf>[1] = [],
  ): Promise<StandardChange | undefined> {
    const standard = standardOf(checks, campaigns, new Date(at));
    return this.db.transaction(async tx => {
      const last = await tx('smo_standards')
        .orderBy('id', 'desc')
        .first('fingerprint', 'checks');
      if (last?.fingerprint === standard.fingerprint) return undefined;
      if (!last) {
        await this.recordBaseline(tx, checks, campaigns, at);
        return undefined;
      }
      return insertChange(
        tx,
        JSON.parse(last.checks) as StandardCheck[],
        standard,
        at,
      );
    });
  }

  /**
   * The first record: the standard before any campaign started, then each campaign's start and each deadline passed
   * by `at`, at its own date — those dates are known from configuration, so the standard's history shows when a
   * campaign changed the gate even when the plugin started after.
   */
  private async recordBaseline(
    tx: Knex.Transaction,
    checks: Parameters<typeof standardOf>[0],
    campaigns: Parameters<typeof standardOf>[1] & object,
    at: string,
  ): Promise<void> {
    const steps = [
      ...new Set(
        campaigns.flatMap(c => [c.start, ...Object.values(c.deadlines)]),
      ),
    ]
      .map(date => `${date}T00:00:00.000Z`)
      .filter(step => step <= at)
      .sort();
    const first = steps[0] ?? at;
    let previous = standardOf(
      checks,
      campaigns,
      new Date(Date.parse(first) - 1),
    );
    await tx('smo_standards').insert({
      fingerprint: previous.fingerprint,
      checks: JSON.stringify(previous.checks),
      changes: '[]',
      summary: `baseline: ${previous.checks.length} checks`,
      recorded_at: first,
    });
    for (const step of steps) {
      const next = standardOf(checks, campaigns, new Date(step));
      if (next.fingerprint === previous.fingerprint) continue;
      await insertChange(tx, previous.checks, next, step);
      previous = next;
    }
  }

  /** Changes (not the baseline) recorded from `from` to `to` (ISO), oldest first. */
  async between(from: string, to: string): Promise<StandardChange[]> {
    const rows = await this.changes()
      .select(COLUMNS)
      .andWhere('recorded_at', '>=', from)
      .andWhere('recorded_at', '<=', to)
      .orderBy([
        { column: 'recorded_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(toChange);
  }

  /** A page of the changes, newest first, and how many there are. */
  async list(
    page: Required<Page>,
  ): Promise<{ items: StandardChange[]; totalCount: number }> {
    const [counted] = await this.changes().count({ count: '*' });
    const rows = await paged(
      this.changes()
        .select(COLUMNS)
        .orderBy([
          { column: 'recorded_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ]),
      page,
    );
    return { totalCount: Number(counted.count), items: rows.map(toChange) };
  }

  private changes() {
    // The baseline has no changes.
    return this.db('smo_standards').whereNot('changes', '[]');
  }
}

/** Inserts the change from `before` to `standard` recorded at `at`. */
async function insertChange(
  tx: Knex.Transaction,
  before: StandardCheck[],
  standard: ReturnType<typeof standardOf>,
  at: string,
): Promise<StandardChange> {
  const { changes, summary } = diffStandards(before, standard.checks);
  await tx('smo_standards').insert({
    fingerprint: standard.fingerprint,
    checks: JSON.stringify(standard.checks),
    changes: JSON.stringify(changes),
    summary,
    recorded_at: at,
  });
  return { recordedAt: at, summary, changes };
}

function toChange(row: any): StandardChange {
  return {
    recordedAt: row.recorded_at,
    summary: row.summary,
    changes: JSON.parse(row.changes),
  };
}
