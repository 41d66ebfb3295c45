import { formatDuration } from './durations';

describe('formatDuration', () => {
  it.each([
    ['PT15M', '15 minutes'],
    ['PT4H', '4 hours'],
    ['P1D', '1 day'],
    ['P10D', '10 days'],
    ['PT90M', '1 hour, 30 minutes'],
    ['PT1H30M', '1 hour, 30 minutes'],
    ['PT0S', 'immediately'],
    ['P1W', '7 days'],
  ])('%s → %s', (iso, text) => {
    expect(formatDuration(iso)).toBe(text);
  });

  it('shows a value that is not an ISO-8601 duration as written', () => {
    expect(formatDuration('4 hours')).toBe('4 hours');
  });
});
