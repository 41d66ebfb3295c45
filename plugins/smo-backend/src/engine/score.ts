import {
  CheckResult,
  CheckStatus,
  Verdict,
} from '@smo-backstage/plugin-smo-common';

const PASSING: CheckStatus[] = ['pass', 'waived'];
const NOT_BLOCKING: CheckStatus[] = ['pass', 'not-applicable', 'waived'];

/** Weighted share (0–100) of passing checks among applicable ones; waived counts as passing. */
export function computeScore(checks: CheckResult[]): number {
  let applicable = 0;
  let passing = 0;
  for (const check of checks) {
    if (check.status === 'not-applicable') continue;
    applicable += check.weight;
    if (PASSING.includes(check.status)) passing += check.weight;
  }
  // Nothing applicable means nothing can fail.
  return applicable === 0 ? 100 : Math.round((passing / applicable) * 100);
}

/** Ids of blocking checks that are not pass, not-applicable or waived. */
export function findBlockers(checks: CheckResult[]): string[] {
  return checks
    .filter(c => c.severity === 'blocking' && !NOT_BLOCKING.includes(c.status))
    .map(c => c.id);
}

export function verdictOf(blockers: string[]): Verdict {
  return blockers.length === 0 ? 'ready' : 'not-ready';
}
