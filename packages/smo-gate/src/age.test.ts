import { DEFAULT_MAX_AGE_S, parseAge } from './age';

describe('parseAge', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['45m', 2700],
    ['2h', 7200],
    ['1d', 86400],
    ['0', 0],
  ])('reads %s as %i seconds', (value, seconds) => {
    expect(parseAge(value)).toBe(seconds);
  });

  it.each(['soon', '', '1.5h', '-1h', '2w', 'h', '2 h'])(
    'refuses %p',
    value => {
      expect(() => parseAge(value)).toThrow(
        `--max-age '${value}' is not an age like 45m, 2h or 1d`,
      );
    },
  );

  it('defaults to one hour', () => {
    expect(DEFAULT_MAX_AGE_S).toBe(3600);
  });
});
