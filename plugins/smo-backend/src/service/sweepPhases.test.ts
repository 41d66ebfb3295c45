import { SweepPhases } from './sweepPhases';

describe('SweepPhases', () => {
  it('sums each phase in the order phases began, counting the wait for every page as the catalog', async () => {
    let now = 1_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const writeTakes20 = async () => (now += 20);
    const phases = new SweepPhases();
    await phases.time('inputs', async () => (now += 5));
    async function* pages() {
      now += 100; // the catalog answering the first page
      yield ['a'];
      now += 300;
      yield ['b'];
      now += 10; // and telling there is no more
    }
    const seen: string[][] = [];
    for await (const page of phases.timePages(pages())) {
      seen.push(page);
      phases.add('evaluate', 7);
      await phases.time('write', writeTakes20);
    }
    expect(seen).toEqual([['a'], ['b']]);
    expect(String(phases)).toBe(
      'inputs 5 ms, catalog 410 ms, evaluate 14 ms, write 40 ms',
    );
  });

  it('counts a failed phase and closes the pages when the sweep stops early', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(0);
    const phases = new SweepPhases();
    let closed = false;
    async function* pages() {
      try {
        yield 1;
        yield 2;
      } finally {
        closed = true;
      }
    }
    await expect(
      (async () => {
        for await (const _ of phases.timePages(pages())) {
          await phases.time('write', () =>
            Promise.reject(new Error('disk full')),
          );
        }
      })(),
    ).rejects.toThrow('disk full');
    expect(closed).toBe(true);
    expect(String(phases)).toBe('catalog 0 ms, write 0 ms');
  });
});
