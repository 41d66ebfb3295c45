// The compare bench's report: the table (ours vs Tech Insights), the portfolio page per filter, what readiness
// costs per 1,000 components, and issue 19's targets met or missed.
import { markdownTable } from '../lib/markdownTable';
import type { Latency } from './http';
import type { Db } from './sides';

/** The portfolio page (`GET /api/smo/readiness`, 50 sorted by score) with one filter of the list. */
export interface PageFigures {
  filter: string;
  /** One of the queries sent, e.g. `verdict=not-ready`. */
  example: string;
  /** Fewest matches among the first filter values (the deep pages stay within them). */
  matched: number;
  latency: Latency;
}

export interface Figures {
  fullMs: number;
  /** Ours: where the fastest full sweep's time went, from its log line. */
  fullPhases?: string;
  reMs: number;
  /** Tech Insights: its two parts. */
  retrieversMs?: number;
  bulkMs?: number;
  read: Latency;
  /** Ours: the portfolio page, first `none` (no filter), then each filter. */
  pages?: PageFigures[];
  evalRssAdded: number;
  peakRss: number;
  dbBytes: number;
  notes: string[];
}

/**
 * A row measured outside run.ts (e.g. other routes): values already formatted, `theirs` '–' or absent when Tech
 * Insights has no counterpart.
 */
export interface ExtraRow {
  measure: string;
  ours: string;
  theirs?: string;
  ratio?: string;
}

export interface Row {
  size: number;
  db: Db;
  ours: Figures;
  /** Absent above the largest size Tech Insights is measured at. */
  theirs?: Figures;
  /** The machine's load average (1, 5, 15 min) when measuring started: it is shared, figures under load are higher. */
  loadAverage: number[];
  /** How the catalog got loaded and how long it took (not compared). */
  load: { how: 'seeded' | 'ingested'; oursS: number; theirsS?: number };
  extra: ExtraRow[];
}

export const mb = (bytes: number) => bytes / 1024 / 1024;
const dbLabel = (db: Db) => (db === 'sqlite' ? 'SQLite' : 'PostgreSQL');
const sizeLabel = (size: number) => size.toLocaleString('en-US');

export function fmtMs(ms: number) {
  if (!Number.isFinite(ms)) return '–';
  return ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}
const fmtMb = (digits: number) => (n: number) => `${n.toFixed(digits)} MB`;

/** The page without a filter. */
export const unfiltered = (f: Figures) =>
  f.pages?.find(p => p.filter === 'none');
/** The filtered page with the highest p95. */
export const worstFilter = (f: Figures) =>
  f.pages
    ?.filter(p => p.filter !== 'none')
    .reduce<PageFigures | undefined>(
      (a, b) => (!a || b.latency.p95 > a.latency.p95 ? b : a),
      undefined,
    );

export function table(rows: Row[]) {
  const out: string[][] = [];
  const ratio = (a: number, b: number) =>
    b > 0 ? `${(a / b).toFixed(2)}×` : '–';
  for (const { size, db, ours, theirs, extra } of rows) {
    const label = `${sizeLabel(size)} ${dbLabel(db)}`;
    const add = (
      what: string,
      o: number | undefined,
      t: number | undefined,
      fmt: (n: number) => string,
    ) =>
      out.push([
        label,
        what,
        o === undefined ? '–' : fmt(o),
        t === undefined ? '–' : fmt(t),
        o === undefined || t === undefined ? '–' : ratio(o, t),
      ]);
    add('full evaluation, all components', ours.fullMs, theirs?.fullMs, fmtMs);
    if (theirs) {
      out.push([
        label,
        '  Tech Insights: 4 retrievers + bulk checks',
        '',
        `${fmtMs(theirs.retrieversMs!)} + ${fmtMs(theirs.bulkMs!)}`,
        '',
      ]);
    }
    if (ours.fullPhases) {
      out.push([label, '  ours: where the time went', ours.fullPhases, '', '']);
    }
    add('re-evaluation, nothing changed', ours.reMs, theirs?.reMs, fmtMs);
    add('one entity: read p50', ours.read.p50, theirs?.read.p50, fmtMs);
    add('one entity: read p95', ours.read.p95, theirs?.read.p95, fmtMs);
    add('one entity: read p99', ours.read.p99, theirs?.read.p99, fmtMs);
    const page = unfiltered(ours)?.latency;
    add('portfolio page of 50 by score p50', page?.p50, undefined, fmtMs);
    add('portfolio page of 50 by score p95', page?.p95, undefined, fmtMs);
    add('portfolio page of 50 by score p99', page?.p99, undefined, fmtMs);
    const worst = worstFilter(ours);
    add(
      `portfolio page, worst filter p95${worst ? ` (${worst.filter})` : ''}`,
      worst?.latency.p95,
      undefined,
      fmtMs,
    );
    add(
      'RSS added by evaluation',
      mb(ours.evalRssAdded),
      theirs && mb(theirs.evalRssAdded),
      fmtMb(0),
    );
    add(
      'peak RSS of the backend process',
      mb(ours.peakRss),
      theirs && mb(theirs.peakRss),
      fmtMb(0),
    );
    add(
      'plugin database size',
      mb(ours.dbBytes),
      theirs && mb(theirs.dbBytes),
      fmtMb(1),
    );
    for (const x of extra) {
      out.push([label, x.measure, x.ours, x.theirs ?? '–', x.ratio ?? '–']);
    }
  }
  return markdownTable(
    [
      'catalog / DB',
      'measure',
      'SMO readiness (ours)',
      'Tech Insights',
      'ours/theirs',
    ],
    out,
  );
}

/** The portfolio page p50 / p95 / p99 for each filter (columns) and catalog / database (rows). */
export function pageTable(rows: Row[]) {
  const filters = [
    ...new Set(rows.flatMap(r => r.ours.pages?.map(p => p.filter) ?? [])),
  ];
  const cell = (l?: Latency) =>
    l ? `${fmtMs(l.p50)} / ${fmtMs(l.p95)} / ${fmtMs(l.p99)}` : '–';
  return markdownTable(
    ['catalog / DB', ...filters],
    rows.map(r => [
      `${sizeLabel(r.size)} ${dbLabel(r.db)}`,
      ...filters.map(f =>
        cell(r.ours.pages?.find(p => p.filter === f)?.latency),
      ),
    ]),
  );
}

/** Per 1,000 components, from the largest catalog measured on each database. */
export function costs(rows: Row[]) {
  const lines: string[] = [];
  for (const db of ['sqlite', 'postgres'] as const) {
    const largest = rows
      .filter(r => r.db === db)
      .reduce<Row | undefined>(
        (a, b) => (!a || b.size > a.size ? b : a),
        undefined,
      );
    if (!largest) continue;
    const per1k = 1000 / largest.size;
    lines.push(
      `- ${dbLabel(db)} (from ${sizeLabel(
        largest.size,
      )} components): plugin database ${(
        mb(largest.ours.dbBytes) * per1k
      ).toFixed(2)} MB, full sweep ${fmtMs(
        largest.ours.fullMs * per1k,
      )}, memory the sweep adds ${(
        mb(largest.ours.evalRssAdded) * per1k
      ).toFixed(1)} MB`,
    );
  }
  return lines.join('\n');
}

/** Issue 19's targets, each met, missed or not measured in this run. */
export function targets(rows: Row[]) {
  const lines: string[] = [];
  const check = (ok: boolean, text: string) =>
    lines.push(`${ok ? 'MET    ' : 'MISSED '} ${text}`);
  const notMeasured = (text: string) =>
    lines.push(`–       ${text}: not measured in this run`);
  const at = (size: number, db: Db) =>
    rows.find(r => r.size === size && r.db === db);
  const dbs = [...new Set(rows.map(r => r.db))];

  for (const size of [1000, 10000]) {
    for (const db of dbs) {
      const r = at(size, db);
      const what = `${sizeLabel(size)} ${dbLabel(db)}: one entity's read`;
      if (!r?.theirs) {
        notMeasured(`${what} ≤ 0.8× Tech Insights`);
        continue;
      }
      for (const p of ['p50', 'p95', 'p99'] as const) {
        const x = r.ours.read[p] / r.theirs.read[p];
        check(
          x <= 0.8,
          `${what} ${p} ≤ 0.8× Tech Insights: ${fmtMs(
            r.ours.read[p],
          )} vs ${fmtMs(r.theirs.read[p])} (${x.toFixed(2)}×)`,
        );
      }
    }
  }
  for (const db of dbs) {
    const r = at(10000, db);
    const what = `10,000 ${dbLabel(db)}: unchanged re-sweep ≤ 0.3 s`;
    if (!r) notMeasured(what);
    else check(r.ours.reMs <= 300, `${what}: ${fmtMs(r.ours.reMs)}`);
  }
  for (const [size, limitS] of [
    [50000, 15],
    [100000, 30],
  ]) {
    for (const db of dbs) {
      const r = at(size, db);
      const what = `${sizeLabel(size)} ${dbLabel(
        db,
      )}: full sweep ≤ ${limitS} s`;
      if (!r) notMeasured(what);
      else
        check(
          r.ours.fullMs <= limitS * 1000,
          `${what}: ${fmtMs(r.ours.fullMs)}`,
        );
    }
  }
  // Linear: the full sweep's time per 1,000 components at 50k and 100k within 1.5× of that at 10k (run-to-run noise
  // on this shared machine is ±30%).
  for (const db of dbs) {
    const base = at(10000, db);
    const larger = rows.filter(r => r.db === db && r.size > 10000);
    const what = `${dbLabel(
      db,
    )}: full sweep linear (per 1,000 components within 1.5× of 10k's)`;
    if (!base || larger.length === 0) {
      notMeasured(what);
      continue;
    }
    const per1k = (r: Row) => r.ours.fullMs / (r.size / 1000);
    const worst = Math.max(...larger.map(per1k));
    check(
      worst <= 1.5 * per1k(base),
      `${what}: ${[base, ...larger]
        .map(r => `${sizeLabel(r.size)} ${fmtMs(per1k(r))}`)
        .join(', ')}`,
    );
  }
  for (const db of dbs) {
    const r = at(100000, db);
    const what = `100,000 ${dbLabel(db)}: the sweep adds ≤ 150 MB RSS`;
    if (!r) notMeasured(what);
    else {
      check(
        mb(r.ours.evalRssAdded) <= 150,
        `${what}: ${mb(r.ours.evalRssAdded).toFixed(0)} MB`,
      );
    }
  }
  for (const db of dbs) {
    const r = at(100000, db);
    const what = `100,000 ${dbLabel(
      db,
    )}: portfolio page of 50 by score p95 ≤ 10 ms`;
    if (!r?.ours.pages?.length) {
      notMeasured(`${what}, every filter`);
      continue;
    }
    for (const p of r.ours.pages) {
      check(
        p.latency.p95 <= 10,
        `${what}, ${
          p.filter === 'none' ? 'no filter' : `filter ${p.filter}`
        }: ${fmtMs(p.latency.p95)}`,
      );
    }
  }
  return lines.join('\n');
}
