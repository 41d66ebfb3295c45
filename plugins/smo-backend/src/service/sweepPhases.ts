/**
 * Where a full sweep's time went, for its log line: reading the catalog (its pages are awaited one at a time, so the
 * wait for each is the catalog's share), the fact providers, evaluating, writing, rolling up. Wall-clock milliseconds
 * per phase, summed; the phases do not overlap.
 */
export class SweepPhases {
  private readonly spent = new Map<string, number>();

  add(phase: string, ms: number): void {
    this.spent.set(phase, (this.spent.get(phase) ?? 0) + ms);
  }

  /** Runs `work`, adding its time (also its synchronous part) to `phase`. */
  async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const start = Date.now();
    try {
      return await work();
    } finally {
      this.add(phase, Date.now() - start);
    }
  }

  /** The pages of `pages`, with the wait for each added to `catalog`. */
  async *timePages<T>(pages: AsyncIterable<T>): AsyncGenerator<T> {
    const iterator = pages[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await this.time('catalog', () => iterator.next());
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // A sweep that fails mid-way closes the catalog's pages too.
      await iterator.return?.();
    }
  }

  /** `inputs 120 ms, catalog 20100 ms, …` in the order the phases began. */
  toString(): string {
    return [...this.spent].map(([phase, ms]) => `${phase} ${ms} ms`).join(', ');
  }
}
