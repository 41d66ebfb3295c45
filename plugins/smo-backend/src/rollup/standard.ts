import {
  SeverityByTier,
  StandardChange,
  TIERS,
} from '@smo-backstage/plugin-smo-common';
import { createHash } from 'node:crypto';

/** What of a check in force makes the standard: whether it is there, how severe per tier, how heavy. */
export interface StandardCheck {
  id: string;
  severity: SeverityByTier;
  weight: number;
}

/** The standard of a check plan, in id order, and its fingerprint. */
export function standardOf(
  checks: { id: string; severity: SeverityByTier; weight: number }[],
): { checks: StandardCheck[]; fingerprint: string } {
  const standard = checks
    .map(({ id, severity, weight }) => ({
      id,
      severity: Object.fromEntries(
        TIERS.map(t => [t, severity[t]]),
      ) as SeverityByTier,
      weight,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    checks: standard,
    fingerprint: createHash('sha1')
      .update(JSON.stringify(standard))
      .digest('hex'),
  };
}

/** What changed from one standard to the next, each change in words, and a one-line summary. */
export function diffStandards(
  before: StandardCheck[],
  after: StandardCheck[],
): Pick<StandardChange, 'changes' | 'summary'> {
  const old = new Map(before.map(c => [c.id, c]));
  const now = new Map(after.map(c => [c.id, c]));
  const changes: StandardChange['changes'] = [];
  for (const check of after) {
    const was = old.get(check.id);
    if (!was) {
      changes.push({
        checkId: check.id,
        change: 'added',
        description: `${check.id} added (${severityWords(check.severity)})`,
      });
      continue;
    }
    const moved = new Map<string, string[]>();
    for (const tier of TIERS) {
      if (was.severity[tier] !== check.severity[tier]) {
        const key = `${was.severity[tier]} → ${check.severity[tier]}`;
        moved.set(key, [...(moved.get(key) ?? []), tier]);
      }
    }
    if (moved.size > 0) {
      changes.push({
        checkId: check.id,
        change: 'severity',
        description: `${check.id}: ${[...moved]
          .map(([how, tiers]) => `${tiers.join(', ')} ${how}`)
          .join('; ')}`,
      });
    }
    if (was.weight !== check.weight) {
      changes.push({
        checkId: check.id,
        change: 'weight',
        description: `${check.id}: weight ${was.weight} → ${check.weight}`,
      });
    }
  }
  for (const check of before) {
    if (!now.has(check.id)) {
      changes.push({
        checkId: check.id,
        change: 'removed',
        description: `${check.id} removed`,
      });
    }
  }
  return { changes, summary: changes.map(c => c.description).join('; ') };
}

/** "blocking for tier-1, tier-2; advisory for tier-3, tier-4". */
function severityWords(severity: SeverityByTier): string {
  const by = new Map<string, string[]>();
  for (const tier of TIERS) {
    by.set(severity[tier], [...(by.get(severity[tier]) ?? []), tier]);
  }
  return [...by].map(([s, tiers]) => `${s} for ${tiers.join(', ')}`).join('; ');
}
