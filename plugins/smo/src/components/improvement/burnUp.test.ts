import {
  burnUpMax,
  burnUpSeries,
  burnUpTick,
  describeBurnUp,
  tablePoints,
} from './burnUp';
import { techdocsDetail } from './__testUtils__/improvement';

const points = techdocsDetail.burnUp;

describe('burn-up', () => {
  it('scales the counts to the largest scope, so the score charts draw them', () => {
    expect(burnUpMax(points)).toBe(10);
    expect(burnUpMax([])).toBe(1);
    const series = burnUpSeries(points);
    expect(series.map(s => s.label)).toEqual([
      'In scope',
      'Met or waived',
      'Met',
    ]);
    expect(series[1].points.map(p => p.score)).toEqual([10, 40, 70]);
    expect([0, 50, 100].map(burnUpTick(10))).toEqual(['0', '5', '10']);
  });

  it('says where each line starts and ends', () => {
    expect(describeBurnUp('Burn-up', points)).toMatch(
      /^Burn-up, .+ to .+: In scope 10; Met or waived 1 → 7; Met 1 → 5\.$/,
    );
    expect(describeBurnUp('Burn-up', [])).toBe('Burn-up: no points yet.');
  });

  it('lists every day of a month, else one day a week and the last', () => {
    expect(tablePoints(points)).toEqual(points);
    const long = Array.from({ length: 40 }, (_, i) => ({
      date: `2026-01-${i}`,
      inScope: 1,
      met: 0,
      waived: 0,
    }));
    expect(tablePoints(long).map(p => p.date)).toEqual([
      '2026-01-0',
      '2026-01-7',
      '2026-01-14',
      '2026-01-21',
      '2026-01-28',
      '2026-01-35',
      '2026-01-39',
    ]);
  });
});
