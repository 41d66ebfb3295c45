import { parseEntityRef } from '@backstage/catalog-model';
import {
  DependencyRisk,
  ExecutiveRow,
  ROLLUP_KINDS,
  RollupKind,
  RollupMember,
  RollupResult,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';

// The roll-up in words: every sentence the Governance tab, the card and the executive view write, kept pure so it is
// tested once.

const plural = (n: number, word: string, words = `${word}s`) =>
  `${n} ${n === 1 ? word : words}`;

/** The roll-up kind of an entity kind (`ServiceOffering` → `serviceoffering`), or undefined for other kinds. */
export function rollupKindOf(entityKind: string): RollupKind | undefined {
  const kind = entityKind.toLocaleLowerCase('en-US');
  return ROLLUP_KINDS.find(k => k === kind);
}

/** What a roll-up is of, in words: "offering", "system", "team". */
export const KIND_NOUNS: Record<RollupKind, string> = {
  serviceoffering: 'offering',
  system: 'system',
  group: 'team',
};

/** A ref's name as people read it, for sentences and CSV-free text: `payment-processing`. */
export const refName = (ref: string) => parseEntityRef(ref).name;

/** "3 of 4 components ready", or that nothing is counted (and so nothing is proved ready). */
export function readyText(members: RollupResult['members']): string {
  if (members.counted === 0) {
    return 'No component counted, so nothing is proved ready';
  }
  return `${members.ready} of ${plural(members.counted, 'component')} ready`;
}

/**
 * "1 retired component not counted", "2 deprecated and 1 retired components not counted": by lifecycle when the
 * listed members are all of them, otherwise in one number. Empty when nothing is left out.
 */
export function excludedText(
  count: number,
  listed: Pick<RollupMember, 'lifecycle'>[],
): string {
  if (count === 0) return '';
  const noun = count === 1 ? 'component' : 'components';
  if (listed.length !== count) {
    return `${count} deprecated or retired ${noun} not counted`;
  }
  const byLifecycle = new Map<string, number>();
  for (const member of listed) {
    const lifecycle = member.lifecycle ?? 'retired';
    byLifecycle.set(lifecycle, (byLifecycle.get(lifecycle) ?? 0) + 1);
  }
  const parts = [...byLifecycle.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lifecycle, n]) => `${n} ${lifecycle}`);
  return `${parts.join(' and ')} ${noun} not counted`;
}

/** "3 of 4 components ready; 1 retired component not counted". */
export function membersText(
  rollup: Pick<RollupResult, 'members' | 'excluded'>,
): string {
  const excluded = excludedText(rollup.members.excluded, rollup.excluded);
  return excluded
    ? `${readyText(rollup.members)}; ${excluded}`
    : readyText(rollup.members);
}

/** How the weak end of a dependency path stands: "not ready", or "at risk" when it is ready but itself exposed. */
export const riskVerdictText = (risk: DependencyRisk) =>
  risk.verdict === 'ready' ? 'at risk' : 'not ready';

/** "online-checkout → payment-processing (not ready)", each offering named by `nameOf`. */
export function dependencyPathText(
  risk: DependencyRisk,
  nameOf: (ref: string) => string = refName,
): string {
  return `${risk.path.map(nameOf).join(' → ')} (${riskVerdictText(risk)})`;
}

/** "2 waivers: docs.techdocs, ops.runbook", or "None". */
export function acceptedRiskText(accepted: {
  waivers: number;
  checks: string[];
}): string {
  if (accepted.waivers === 0) return 'None';
  const waivers = plural(accepted.waivers, 'waiver');
  return accepted.checks.length > 0
    ? `${waivers}: ${accepted.checks.join(', ')}`
    : waivers;
}

const verdictWord = (verdict: ExecutiveRow['verdict']) =>
  verdict === 'ready' ? 'ready' : 'not ready';

/**
 * Movement since the end of last month in words: "better: 62 → 80", "worse: ready → not ready, 80 → 74",
 * "same: 80", "new" (nothing was recorded then).
 */
export function movementText(
  row: Pick<ExecutiveRow, 'movement' | 'previous' | 'verdict' | 'score'>,
): string {
  if (row.movement === 'new' || !row.previous) return 'new';
  if (row.movement === 'same') return `same: ${row.score}`;
  const verdict =
    row.previous.verdict === row.verdict
      ? ''
      : `${verdictWord(row.previous.verdict)} → ${verdictWord(row.verdict)}, `;
  return `${row.movement}: ${verdict}${row.previous.score} → ${row.score}`;
}

/** A `YYYY-MM-DD` date as people read it: "31 Oct 2026" (in the reader's locale). */
export function dayLabel(date: string): string {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  return day.isValid ? day.toLocaleString(DateTime.DATE_MED) : date;
}

/** The banner above a roll-up shown as it was: "Showing the state recorded on 31 Oct 2026". */
export const asOfText = (date: string) =>
  `Showing the state recorded on ${dayLabel(date)} (end of day, UTC)`;

/** What a 404 for `asOf` means. */
export const nothingRecordedText = (date: string) =>
  `Nothing was recorded by ${dayLabel(date)}`;

/** The portfolio filter that lists a roll-up's components: offering, system or owner (see `portfolio/filters.ts`). */
export function portfolioSearch(kind: RollupKind, entityRef: string): string {
  const key: Record<RollupKind, string> = {
    serviceoffering: 'offering',
    system: 'system',
    group: 'owner',
  };
  return new URLSearchParams({ [key[kind]]: entityRef }).toString();
}
