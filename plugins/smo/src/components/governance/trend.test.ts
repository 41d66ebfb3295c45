import { Settings } from 'luxon';
import { ReadinessHistoryPoint } from '../../api/SmoApi';
import { describeTrend } from './trend';

const point = (
  recordedAt: string,
  score: number,
  verdict: ReadinessHistoryPoint['verdict'] = 'not-ready',
): ReadinessHistoryPoint => ({ tier: 'tier-2', verdict, score, recordedAt });

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
