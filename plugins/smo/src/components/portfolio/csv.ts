import { ReadinessSummary } from '../../api/SmoApi';

const COLUMNS: Array<[string, (row: ReadinessSummary) => string]> = [
  ['entityRef', r => r.entityRef],
  ['title', r => r.title ?? ''],
  ['tier', r => r.tier],
  ['verdict', r => r.verdict],
  ['score', r => String(r.score)],
  ['blockers', r => r.blockers.join(' ')],
  ['offerings', r => r.offerings.join(' ')],
  ['owner', r => r.ownerRef ?? ''],
  ['system', r => r.systemRef ?? ''],
  ['evaluatedAt', r => r.evaluatedAt],
];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text a spreadsheet would run as a
 * formula (leading =, +, -, @) gets a leading apostrophe, since titles come from catalog files anyone can edit.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows as CSV with a header line, CRLF line ends; lists (blockers, offerings) are space-separated. */
export function portfolioCsv(rows: ReadinessSummary[]): string {
  const lines = [
    COLUMNS.map(([name]) => name),
    ...rows.map(row => COLUMNS.map(([, value]) => csvField(value(row)))),
  ];
  return `${lines.map(cells => cells.join(',')).join('\r\n')}\r\n`;
}

/** `smo-readiness-2026-11-23.csv` */
export function csvFileName(now: Date): string {
  return `smo-readiness-${now.toISOString().slice(0, 10)}.csv`;
}
