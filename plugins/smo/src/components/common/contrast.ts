import { getContrastRatio } from '@material-ui/core/styles';

const BLACK = '#000';
const WHITE = '#fff';

/**
 * Black or white, whichever reads better on `background` (a CSS colour MUI parses): the larger WCAG contrast ratio.
 * MUI's `getContrastText` picks white as soon as it reaches 3:1, which fails the 4.5:1 normal text needs on mid-tone
 * colours such as the dark theme's red (#f84c55: white 3.4:1, black 6.1:1).
 */
export function readableTextOn(background: string): string {
  return getContrastRatio(background, WHITE) >=
    getContrastRatio(background, BLACK)
    ? WHITE
    : BLACK;
}
