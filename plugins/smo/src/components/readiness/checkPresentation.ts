import {
  CheckCategory,
  CheckResult,
  CheckStatus,
} from '@smo-backstage/plugin-smo-common';

/** The colours of Backstage's status palette (`theme.palette.status`), so chips follow light and dark themes. */
export type StatusTone =
  | 'ok'
  | 'warning'
  | 'error'
  | 'pending'
  | 'running'
  | 'aborted';

/** How a check status is shown: words first, a tone second, so colour is never the only cue. */
export const STATUS_PRESENTATION: Record<
  CheckStatus,
  { label: string; tone: StatusTone; description: string }
> = {
  fail: { label: 'Fail', tone: 'error', description: 'The check failed' },
  error: {
    label: 'Error',
    tone: 'error',
    description: 'The check itself could not run',
  },
  unknown: {
    label: 'Unknown',
    tone: 'warning',
    description: 'The data the check needs is missing or unresolvable',
  },
  waived: {
    label: 'Waived',
    tone: 'running',
    description: 'Not met, but covered by an active waiver',
  },
  pass: { label: 'Pass', tone: 'ok', description: 'The check passed' },
  'not-applicable': {
    label: 'N/A',
    tone: 'aborted',
    description: 'The check does not apply to this entity',
  },
};

/** The ITIL areas of the built-in checks, in the order a service owner works through them. */
const CATEGORY_ORDER: readonly string[] = [
  'service-catalogue',
  'service-level',
  'process-ownership',
  'operations',
  'knowledge',
  'continuity',
  'security',
  'release',
];

const CATEGORY_TITLES: Record<string, string> = {
  'service-catalogue': 'Service catalogue',
  'service-level': 'Service level',
  'process-ownership': 'Process ownership',
  operations: 'Operations',
  knowledge: 'Knowledge',
  continuity: 'Continuity',
  security: 'Security',
  release: 'Release',
};

/** A category's display title; custom categories (`my-area`) become "My area". */
export function categoryTitle(category: CheckCategory): string {
  if (CATEGORY_TITLES[category]) {
    return CATEGORY_TITLES[category];
  }
  const words = category
    .split(/[-_\s]+/)
    .filter(Boolean)
    .join(' ');
  return words.charAt(0).toLocaleUpperCase('en-US') + words.slice(1);
}

/** Built-in categories in ITIL order, then custom ones alphabetically. */
export function compareCategories(a: string, b: string): number {
  const rank = (c: string) => {
    const i = CATEGORY_ORDER.indexOf(c);
    return i === -1 ? CATEGORY_ORDER.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

const RANK_WHEN_MET: Record<CheckStatus, number> = {
  fail: 0,
  error: 0,
  unknown: 0,
  waived: 2,
  pass: 3,
  'not-applicable': 4,
};

/** Whether a check is not met: it failed, could not run, or lacks data. */
export function isUnmet(check: CheckResult): boolean {
  return (
    check.status === 'fail' ||
    check.status === 'error' ||
    check.status === 'unknown'
  );
}

/** What needs attention first: not met and blocking, then not met, then waived, passed, not applicable. */
function attentionRank(check: CheckResult): number {
  if (isUnmet(check)) {
    return check.severity === 'blocking' ? 0 : 1;
  }
  return RANK_WHEN_MET[check.status];
}

/** Checks of one category, most urgent first. */
export interface CheckGroup {
  category: CheckCategory;
  title: string;
  checks: CheckResult[];
  /** Checks in this category that are not met (fail, error or unknown). */
  unmet: number;
}

/** Groups checks by category (ITIL order) and sorts each group by urgency, then title. */
export function groupChecksByCategory(checks: CheckResult[]): CheckGroup[] {
  const byCategory = new Map<string, CheckResult[]>();
  for (const check of checks) {
    byCategory.set(check.category, [
      ...(byCategory.get(check.category) ?? []),
      check,
    ]);
  }
  return [...byCategory.keys()].sort(compareCategories).map(category => {
    const group = [...byCategory.get(category)!].sort(
      (a, b) =>
        attentionRank(a) - attentionRank(b) || a.title.localeCompare(b.title),
    );
    return {
      category,
      title: categoryTitle(category),
      checks: group,
      unmet: group.filter(isUnmet).length,
    };
  });
}

/** The blocking checks that are not met, in the order the result lists its blockers. */
export function blockerChecks(
  checks: CheckResult[],
  blockers: string[],
): CheckResult[] {
  const byId = new Map(checks.map(c => [c.id, c]));
  return blockers.flatMap(id => {
    const check = byId.get(id);
    return check ? [check] : [];
  });
}
