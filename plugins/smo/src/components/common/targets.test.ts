import { targetRows } from './targets';

describe('targetRows', () => {
  it('groups targets by priority in P1..P4 order and skips priorities without targets', () => {
    expect(
      targetRows([
        { priority: 'P3', metric: 'resolution', target: 'P3D' },
        { priority: 'P1', metric: 'resolution', target: 'PT4H' },
        { priority: 'P1', metric: 'response', target: 'PT15M' },
      ]),
    ).toEqual([
      { priority: 'P1', response: 'PT15M', resolution: 'PT4H' },
      { priority: 'P3', resolution: 'P3D' },
    ]);
  });

  it('is empty without targets', () => {
    expect(targetRows(undefined)).toEqual([]);
  });
});
