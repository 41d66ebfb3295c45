import { LevelStanding } from '@smo-backstage/plugin-smo-common';

const titleOf = (standing: LevelStanding, id?: string) =>
  standing.ladder.find(l => l.id === id)?.title ?? id;

/**
 * Where an entity stands on the readiness ladder, in words: the level reached (and whether the handover's is), then
 * what the next level still misses.
 */
export function levelText(standing: LevelStanding): {
  reached: string;
  next?: string;
} {
  const required = titleOf(standing, standing.required);
  const rank = (id?: string) => standing.ladder.findIndex(l => l.id === id);
  const enough = rank(standing.achieved) >= rank(standing.required);
  const reached = standing.achieved
    ? `${titleOf(standing, standing.achieved)}${
        enough
          ? ` (the handover needs ${required})`
          : ` — the handover needs ${required}`
      }`
    : `No level yet — the handover needs ${required}`;
  if (!standing.next) return { reached };
  return {
    reached,
    next: `${titleOf(
      standing,
      standing.next,
    )} still needs ${standing.missing.join(', ')}`,
  };
}
