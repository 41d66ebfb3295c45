const UNITS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

/** How old an evaluation may be when `--max-age` is not given: one hour. */
export const DEFAULT_MAX_AGE_S = 3600;

/** `90`, `45m`, `2h`, `1d` → seconds; `0` is 0 (any age). */
export function parseAge(value: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(value);
  if (!match) {
    throw new Error(`--max-age '${value}' is not an age like 45m, 2h or 1d`);
  }
  const unit = (match[2] || 's') as keyof typeof UNITS;
  return Number(match[1]) * UNITS[unit];
}
