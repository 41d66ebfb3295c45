import { Knex } from 'knex';

const TABLE = 'smo_readiness_generation';
/** Distinct count queries kept per generation: the filters' values are bounded by the portfolio, not by callers. */
const MAX_COUNTS = 1000;

/**
 * Moves the generation on, inside the writing transaction: a reader that sees the write also sees the new generation
 * (bumped last, so the row is locked only until the commit).
 */
export async function bumpGeneration(tx: Knex.Transaction): Promise<void> {
  await tx(TABLE)
    .insert({ id: 1, generation: 1 })
    .onConflict('id')
    .merge({ generation: tx.raw(`${TABLE}.generation + 1`) });
}

export async function readGeneration(db: Knex): Promise<number> {
  const row = await db(TABLE).where({ id: 1 }).first('generation');
  return Number(row?.generation ?? 0);
}

/**
 * Counts of one generation of `smo_readiness`, by query. Read the generation before counting: a count taken while a
 * write commits is then kept under the older generation, which every later reader has left behind.
 */
export class GenerationCounts {
  private generation = -1;
  private readonly counts = new Map<string, number>();

  get(generation: number, key: string): number | undefined {
    if (generation > this.generation) {
      this.generation = generation;
      this.counts.clear();
    }
    // A reader still on an older generation counts for itself.
    return generation === this.generation ? this.counts.get(key) : undefined;
  }

  set(generation: number, key: string, count: number): void {
    if (generation !== this.generation) return;
    if (this.counts.size >= MAX_COUNTS) this.counts.clear();
    this.counts.set(key, count);
  }
}
