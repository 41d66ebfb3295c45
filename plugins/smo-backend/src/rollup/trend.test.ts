import { daysBetween, seriesPerEntity, seriesPerTier } from './trend';

const days = daysBetween('2026-11-01', '2026-11-03');
const state = (score: number, ready = 1, total = 1, group?: string) => ({
  score,
  ready,
  total,
  group,
});

describe('trend', () => {
  it('lists each day with its end', () => {
    expect(days.map(d => d.date)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
    ]);
    expect(days[0].end).toBe('2026-11-01T23:59:59.999Z');
  });

  it("reads each entity's state at each day's end, from its last state before the range, until it goes", () => {
    const series = seriesPerEntity(
      [
        { key: 'a', recordedAt: '2026-10-20T00:00:00.000Z', state: state(50) },
        { key: 'a', recordedAt: '2026-11-02T10:00:00.000Z', state: state(70) },
        { key: 'a', recordedAt: '2026-11-02T11:00:00.000Z', state: state(80) },
        { key: 'b', recordedAt: '2026-11-02T00:00:00.000Z', state: state(10) },
        { key: 'b', recordedAt: '2026-11-03T00:00:00.000Z' },
        {
          key: 'hidden',
          recordedAt: '2026-11-01T00:00:00.000Z',
          state: state(1),
        },
      ],
      days,
      ['a', 'b'],
    );
    expect(series).toEqual([
      {
        key: 'a',
        points: [
          { date: '2026-11-01', score: 50, ready: 1, total: 1 },
          { date: '2026-11-02', score: 80, ready: 1, total: 1 },
          { date: '2026-11-03', score: 80, ready: 1, total: 1 },
        ],
      },
      {
        key: 'b',
        points: [{ date: '2026-11-02', score: 10, ready: 1, total: 1 }],
      },
    ]);
  });

  it('averages components per tier and counts the ready ones', () => {
    const series = seriesPerTier(
      [
        {
          key: 'x',
          recordedAt: '2026-10-01T00:00:00.000Z',
          state: state(100, 1, 1, 'tier-1'),
        },
        {
          key: 'y',
          recordedAt: '2026-11-01T05:00:00.000Z',
          state: state(50, 0, 1, 'tier-1'),
        },
        {
          key: 'y',
          recordedAt: '2026-11-02T05:00:00.000Z',
          state: state(60, 0, 1, 'tier-2'),
        },
        { key: 'x', recordedAt: '2026-11-03T05:00:00.000Z' },
      ],
      days,
    );
    expect(series.find(s => s.key === 'tier-1')!.points).toEqual([
      { date: '2026-11-01', score: 75, ready: 1, total: 2 },
      { date: '2026-11-02', score: 100, ready: 1, total: 1 },
    ]);
    expect(series.find(s => s.key === 'tier-2')!.points).toEqual([
      { date: '2026-11-02', score: 60, ready: 0, total: 1 },
      { date: '2026-11-03', score: 60, ready: 0, total: 1 },
    ]);
  });
});
