import { getContrastRatio } from '@material-ui/core/styles';
import { readableTextOn } from './contrast';

describe('readableTextOn', () => {
  it.each([
    // Backstage's status colours: light theme, dark theme.
    ['#e22134', '#fff'],
    ['#f84c55', '#000'],
    ['#1db855', '#000'],
    ['#71cf88', '#000'],
    ['#000000', '#fff'],
    ['#ffffff', '#000'],
  ])('on %s: %s', (background, text) => {
    expect(readableTextOn(background)).toBe(text);
  });

  it('reaches 4.5:1 where MUI would pick white below it', () => {
    expect(getContrastRatio('#f84c55', '#fff')).toBeLessThan(4.5);
    expect(
      getContrastRatio('#f84c55', readableTextOn('#f84c55')),
    ).toBeGreaterThanOrEqual(4.5);
  });
});
