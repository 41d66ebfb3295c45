import { ExecutiveRow } from '@smo-backstage/plugin-smo-common';
import { csvField } from '../portfolio/csv';
import {
  acceptedRiskText,
  dependencyPathText,
  movementText,
} from './rollupText';

const COLUMNS: Array<[string, (row: ExecutiveRow) => string]> = [
  ['offering', r => r.offeringRef],
  ['title', r => r.title ?? ''],
  ['tier', r => r.tier ?? ''],
  ['lifecycle', r => r.lifecycle ?? ''],
  ['verdict', r => r.verdict],
  ['score', r => String(r.score)],
  ['atRisk', r => (r.atRisk ? 'yes' : 'no')],
  [
    'dependencyRisks',
    r => r.dependencyRisks.map(d => dependencyPathText(d)).join('; '),
  ],
  ['movement', r => r.movement],
  ['movementText', r => movementText(r)],
  ['previousVerdict', r => r.previous?.verdict ?? ''],
  ['previousScore', r => (r.previous ? String(r.previous.score) : '')],
  ['serviceLevelStatus', r => r.serviceLevel?.status ?? ''],
  ['serviceLevelSummary', r => r.serviceLevel?.summary.join('; ') ?? ''],
  ['waivers', r => String(r.acceptedRisk.waivers)],
  ['acceptedRisk', r => acceptedRiskText(r.acceptedRisk)],
  ['notReady', r => r.notReady.join(' ')],
];

/**
 * The executive view as CSV, one line per business offering in the order shown (weakest first), CRLF line ends;
 * component lists space-separated, dependency paths and sentences `; `-separated.
 */
export function executiveCsv(rows: ExecutiveRow[]): string {
  const lines = [
    COLUMNS.map(([name]) => name),
    ...rows.map(row => COLUMNS.map(([, value]) => csvField(value(row)))),
  ];
  return `${lines.map(cells => cells.join(',')).join('\r\n')}\r\n`;
}

/** `smo-executive-view-2026-10.csv`: named by the month whose service levels it shows. */
export const executiveCsvName = (month: string) =>
  `smo-executive-view-${month}.csv`;
