import { GenerationCounts } from './writeGeneration';

describe('GenerationCounts', () => {
  it('keeps counts for the newest generation read, and none for a reader still on an older one', () => {
    const counts = new GenerationCounts();
    expect(counts.get(3, 'verdict=ready')).toBeUndefined();
    counts.set(3, 'verdict=ready', 85);
    expect(counts.get(3, 'verdict=ready')).toBe(85);
    // A write moved the generation on: everything counted before is gone.
    expect(counts.get(4, 'verdict=ready')).toBeUndefined();
    // A reader that read generation 3 before the write committed neither gets nor stores a count.
    counts.set(3, 'verdict=ready', 85);
    expect(counts.get(3, 'verdict=ready')).toBeUndefined();
    expect(counts.get(4, 'verdict=ready')).toBeUndefined();
    counts.set(4, 'verdict=ready', 86);
    expect(counts.get(4, 'verdict=ready')).toBe(86);
  });
});
