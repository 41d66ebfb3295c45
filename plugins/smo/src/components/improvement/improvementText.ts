import {
  ImprovementAction,
  ImprovementStatus,
  SmoApiModels,
} from '@smo-backstage/plugin-smo-common';

// The CSI register in words, kept pure so it is tested once. The rules (which action from which status, the goal in
// words) are smo-common's.

export const IMPROVEMENT_STATUS_LABELS: Record<ImprovementStatus, string> = {
  proposed: 'Proposed',
  approved: 'Approved',
  'in-progress': 'In progress',
  done: 'Done',
  abandoned: 'Abandoned',
};

export const SOURCE_LABELS: Record<SmoApiModels.ImprovementSourceType, string> =
  {
    manual: 'Raised by hand',
    'breached-month': 'Breached SLA month',
    'renewed-waiver': 'Waiver renewed again',
    'rejected-handover': 'Rejected handover',
    'missed-campaign': 'Campaign missed at its deadline',
  };

/** The button of each action, and what the success alert says. */
export const ACTION_LABELS: Record<
  ImprovementAction | 'close',
  { label: string; done: string }
> = {
  approve: { label: 'Approve', done: 'Improvement approved' },
  start: { label: 'Start', done: 'Improvement started' },
  abandon: { label: 'Abandon', done: 'Improvement abandoned' },
  close: { label: 'Close', done: 'Improvement closed as done' },
};

/** Where an improvement came from: "Breached SLA month: …" with the source's own description when it has one. */
export function sourceText(source: SmoApiModels.Improvement['source']): string {
  const label = SOURCE_LABELS[source.type];
  return source.description ? `${label}: ${source.description}` : label;
}

/** A frozen closing datum as text: numbers and words as they are, anything else as JSON. */
export function datumText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number') {
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return JSON.stringify(value);
}
