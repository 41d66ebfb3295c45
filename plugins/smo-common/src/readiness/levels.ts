// The readiness ladder (`smo.readiness.levels`): the rule that says which level an entity has reached.
import type { LevelStanding } from '../schema/openapi/generated/models';
import type { CheckStatus } from './types';

export type { LevelStanding };

/** A configured ladder: its levels, lowest first, and the one the handover requires. @public */
export interface Ladder {
  levels: { id: string; title: string }[];
  handover: string;
}

/** The ladder the docs suggest; built-in checks declare their level on it. @public */
export const SUGGESTED_LADDER: Ladder = {
  levels: [
    { id: 'design-ready', title: 'Design ready' },
    { id: 'transition-ready', title: 'Transition ready' },
    { id: 'operation-ready', title: 'Operation ready' },
    { id: 'improving', title: 'Improving' },
  ],
  handover: 'transition-ready',
};

/** Outcomes that meet a level: a waiver is an accepted gap, a check that does not apply cannot be missed. @public */
export const MEETS_LEVEL: readonly CheckStatus[] = [
  'pass',
  'waived',
  'not-applicable',
];

/**
 * Where checks put an entity on the ladder: the highest level whose checks, and those of every level below, all meet
 * it; the next level and what it still misses; and `unmet` — the checks at or below the handover's level that do not
 * meet it, which block the handover whatever their severity. Checks without a level take no part. @public
 */
export function ladderStanding(
  checks: { id: string; level?: string; status: CheckStatus }[],
  ladder: Ladder,
): LevelStanding & { unmet: string[] } {
  const rank = new Map(ladder.levels.map((l, i) => [l.id, i]));
  const failing = checks.filter(
    c =>
      c.level !== undefined &&
      rank.has(c.level) &&
      !MEETS_LEVEL.includes(c.status),
  );
  const lowestFailing = Math.min(
    ...failing.map(c => rank.get(c.level!)!),
    ladder.levels.length,
  );
  const achieved = ladder.levels[lowestFailing - 1]?.id;
  const next = ladder.levels[lowestFailing]?.id;
  const upTo = (index: number) =>
    failing.filter(c => rank.get(c.level!)! <= index).map(c => c.id);
  return {
    ...(achieved && { achieved }),
    required: ladder.handover,
    ...(next && { next }),
    missing: next ? upTo(lowestFailing) : [],
    ladder: ladder.levels,
    unmet: upTo(rank.get(ladder.handover) ?? -1),
  };
}
