import { Settings } from 'luxon';
import { ReadinessHistoryPoint } from '../../api/SmoApi';
import { describeTrend, trendGeometry } from './trend';

const point = (
  recordedAt: string,
  score: number,
  verdict: ReadinessHistoryPoint['verdict'] = 'not-ready',
): ReadinessHistoryPoint => ({ tier: 'tier-2', verdict, score, recordedAt });

const box = { left: 40, top: 10, width: 100, height: 50 };

describe('trendGeometry', () => {
  it('spreads points over time up to now and draws steps', () => {
    const { points, path } = trendGeometry(
      [
        point('2026-11-01T00:00:00Z', 0),
        point('2026-11-03T00:00:00Z', 50),
        point('2026-11-04T00:00:00Z', 100, 'ready'),
      ],
      Date.parse('2026-11-05T00:00:00Z'),
      box,
    );
    expect(points.map(p => [p.x, p.y])).toEqual([
      [40, 60],
      [90, 35],
      [115, 10],
    ]);
    expect(path).toBe('M40,60H90V35H115V10H140');
  });

  it('draws a single point as a flat line to now', () => {
    const { points, path } = trendGeometry(
      [point('2026-11-01T00:00:00Z', 80)],
      Date.parse('2026-11-02T00:00:00Z'),
      box,
    );
    expect(points.map(p => [p.x, p.y])).toEqual([[40, 20]]);
    expect(path).toBe('M40,20H140');
  });

  it('draws nothing without history', () => {
    expect(trendGeometry([], 0, box)).toEqual({ points: [], path: '' });
  });
});

describe('describeTrend', () => {
  const realZone = Settings.defaultZone;
  beforeAll(() => {
    Settings.defaultZone = 'UTC';
    Settings.defaultLocale = 'en-US';
  });
  afterAll(() => {
    Settings.defaultZone = realZone;
  });

  it('summarises the first and last score, range and verdict', () => {
    expect(
      describeTrend([
        point('2026-11-01T09:00:00Z', 40),
        point('2026-11-10T09:00:00Z', 20),
        point('2026-11-23T09:00:00Z', 90, 'ready'),
      ]),
    ).toBe(
      'Score went from 40 on Nov 1, 2026 to 90 on Nov 23, 2026 over 3 changes (lowest 20, highest 90); now ready.',
    );
  });

  it('says when the score never changed, or there is no history', () => {
    expect(describeTrend([point('2026-11-01T09:00:00Z', 55)])).toBe(
      'Score 55 (not ready) since Nov 1, 2026, unchanged.',
    );
    expect(describeTrend([])).toBe('No score history yet.');
  });
});
