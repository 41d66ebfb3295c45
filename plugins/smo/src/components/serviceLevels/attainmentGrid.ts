import { AgreementServiceLevels } from '../../api/SmoApi';
import { monthLabel, targetLabel } from './serviceLevelText';

/** How a cell reads: a miss, something still open, met, or nothing to judge. */
export type CellTone = 'error' | 'warning' | 'ok' | 'none';

export interface GridCell {
  month: string;
  tone: CellTone;
  /** What the cell shows: attainment or availability in percent, or a dash. */
  text: string;
  /** The cell in a sentence, for its tooltip and screen readers. */
  title: string;
  /** The counts behind a target's figure, e.g. `2 of 3`, `2 of 3, 1 open`. */
  detail?: string;
}

export interface GridRow {
  label: string;
  cells: GridCell[];
}

/**
 * An agreement's months as a grid: one row per target (and one for availability when it is promised), one column per
 * month in the report, oldest first. A target's cell is its attainment; its tone says whether an incident was late.
 */
export function attainmentGrid(agreement: AgreementServiceLevels): {
  months: string[];
  rows: GridRow[];
} {
  const months = agreement.months.map(m => m.month);
  const targets = new Map<string, { priority: string; metric: string }>();
  for (const m of agreement.months) {
    for (const t of m.figures.targets) targets.set(targetLabel(t), t);
  }
  const rows: GridRow[] = [...targets.keys()].map(label => ({
    label,
    cells: agreement.months.map(({ month, figures }) => {
      const t = figures.targets.find(x => targetLabel(x) === label);
      const name = `${label}, ${monthLabel(month)}`;
      if (!t || t.met + t.breached + t.pending === 0) {
        return {
          month,
          tone: 'none',
          text: '–',
          title: `${name}: no incidents`,
        };
      }
      let tone: CellTone = 'ok';
      if (t.breached > 0) tone = 'error';
      else if (t.pending > 0) tone = 'warning';
      const decided = t.met + t.breached;
      const open = t.pending > 0 ? `, ${t.pending} open` : '';
      return {
        month,
        tone,
        text: t.attainment === null ? '–' : `${t.attainment}%`,
        title: `${name}: ${t.met} of ${decided} in time${open}`,
        detail: `${t.met} of ${decided}${open}`,
      };
    }),
  }));
  if (agreement.availability !== undefined) {
    rows.push({
      label: 'Availability',
      cells: agreement.months.map(({ month, figures }) => {
        const a = figures.availability;
        const name = `Availability, ${monthLabel(month)}`;
        if (!a || a.percent === null) {
          return {
            month,
            tone: 'none',
            text: '–',
            title: `${name}: no service time`,
          };
        }
        return {
          month,
          tone: a.met ? 'ok' : 'error',
          text: `${a.percent}%`,
          title: `${name}: ${a.percent}% against ${a.promised}% promised`,
        };
      }),
    });
  }
  return { months, rows };
}

/** The grid in one sentence: how many months, and which missed what. */
export function describeGrid(grid: ReturnType<typeof attainmentGrid>): string {
  if (grid.months.length === 0) return 'No months measured yet.';
  const missed = grid.months.filter(month =>
    grid.rows.some(r =>
      r.cells.some(c => c.month === month && c.tone === 'error'),
    ),
  );
  const span = `${monthLabel(grid.months[0])} to ${monthLabel(
    grid.months[grid.months.length - 1],
  )}`;
  return missed.length === 0
    ? `${span}: every target met in every month.`
    : `${span}: targets missed in ${missed.map(monthLabel).join(', ')}.`;
}
