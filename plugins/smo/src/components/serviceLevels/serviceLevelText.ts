import { formatMinutes } from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import {
  AgreementServiceLevels,
  ServiceLevelMonth,
  ServiceLevelReport,
} from '../../api/SmoApi';
import { csvField } from '../portfolio/csv';

export { lastClosedMonth, monthLabel } from '@smo-backstage/plugin-smo-common';

/** The `count` months up to the last closed one, newest first. */
export const closedMonths = (now: DateTime, count: number) =>
  Array.from({ length: count }, (_, i) =>
    now
      .toUTC()
      .startOf('month')
      .minus({ months: i + 1 })
      .toFormat('yyyy-MM'),
  );

/** `P1 resolution`. */
export const targetLabel = (t: { priority: string; metric: string }) =>
  `${t.priority} ${t.metric}`;

/** `99.32% of 99.9%`, or a dash when the agreement promises none or the month has no service time. */
export function availabilityText(month: ServiceLevelMonth): string {
  const a = month.figures.availability;
  if (!a || a.percent === null) return '–';
  return `${a.percent}% of ${a.promised}%`;
}

/** The agreement's name as people read it: its title, else the name from its ref. */
export const agreementName = (a: { agreementRef: string; title?: string }) =>
  a.title ?? a.agreementRef.split('/').pop()!;

/** `5 h 30 min against 4 h`. */
export const tookText = (b: {
  measuredMinutes: number;
  targetMinutes: number;
}) =>
  `${formatMinutes(b.measuredMinutes)} against ${formatMinutes(
    b.targetMinutes,
  )}`;

/** A month of one agreement, newest last, as in the report. */
export interface ReportRow {
  agreement: AgreementServiceLevels;
  month: ServiceLevelMonth;
}

/** Every agreement-month of a report, newest month first, agreements in report order. */
export function reportRows(report: ServiceLevelReport): ReportRow[] {
  return report.agreements
    .flatMap(agreement => agreement.months.map(month => ({ agreement, month })))
    .sort((a, b) => b.month.month.localeCompare(a.month.month));
}

const CSV_COLUMNS: Array<[string, (row: ReportRow) => string]> = [
  ['month', r => r.month.month],
  ['agreement', r => r.agreement.agreementRef],
  ['agreementTitle', r => r.agreement.title ?? ''],
  ['status', r => r.month.status],
  [
    'availabilityPercent',
    r => String(r.month.figures.availability?.percent ?? ''),
  ],
  [
    'availabilityPromised',
    r => String(r.month.figures.availability?.promised ?? ''),
  ],
  [
    'outageMinutes',
    r => String(r.month.figures.availability?.outageMinutes ?? ''),
  ],
  [
    'incidentsLate',
    r => String(r.month.figures.targets.reduce((n, t) => n + t.breached, 0)),
  ],
  ['incidents', r => String(r.month.figures.incidentIds.length)],
  ['summary', r => r.month.summary.join('; ')],
  ['frozen', r => (r.month.frozenAt ? 'yes' : 'no')],
];

/** The report as CSV (one line per agreement and month, newest first), CRLF line ends. */
export function serviceLevelCsv(report: ServiceLevelReport): string {
  const lines = [
    CSV_COLUMNS.map(([name]) => name),
    ...reportRows(report).map(row =>
      CSV_COLUMNS.map(([, value]) => csvField(value(row))),
    ),
  ];
  return `${lines.map(cells => cells.join(',')).join('\r\n')}\r\n`;
}

/** `service-levels-online-checkout-2026-11-30.csv` */
export const serviceLevelCsvName = (entityRef: string, now: Date) =>
  `service-levels-${entityRef.split('/').pop()}-${now
    .toISOString()
    .slice(0, 10)}.csv`;
