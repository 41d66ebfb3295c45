// Readiness above the component: the rules that turn component results into an offering's, a system's or a team's.
import type {
  CheckResult,
  DependencyRisk,
  ExecutiveRow,
  RollupKind,
  RollupMember,
  RollupResult,
  RollupSummary,
  StandardChange,
  TrendSeries,
} from '../schema/openapi/generated/models';
import type { Tier } from './types';

export type {
  DependencyRisk,
  ExecutiveRow,
  RollupKind,
  RollupMember,
  RollupResult,
  RollupSummary,
  StandardChange,
  TrendSeries,
};

/** The kinds readiness rolls up to, in the order pages list them. @public */
export const ROLLUP_KINDS: readonly RollupKind[] = [
  'serviceoffering',
  'system',
  'group',
];

/** How much a component of each tier weighs in a roll-up's score: a tier-1 component counts four times a tier-4. @public */
export const TIER_WEIGHTS: Readonly<Record<Tier, number>> = {
  'tier-1': 4,
  'tier-2': 3,
  'tier-3': 2,
  'tier-4': 1,
};

/** Component lifecycles on their way out: listed in a roll-up, judged for nothing. @public */
export const EXCLUDED_LIFECYCLES: readonly string[] = ['deprecated', 'retired'];

/** How many members and dependency paths a roll-up keeps (lists are bounded; the portfolio filters show all). @public */
export const ROLLUP_LIST_LIMIT = 10;

/** One component as a roll-up sees it; `weighedScore` is its score without the offering's own checks. @public */
export type RollupMemberInput = RollupMember & { weighedScore: number };

/** Everything {@link rollUp} judges. @public */
export interface RollupInput {
  entityRef: string;
  kind: RollupKind;
  evaluatedAt: string;
  members: RollupMemberInput[];
  /** An offering's own checks, counted once with the offering's tier as their weight. */
  own?: {
    tier: Tier;
    checks: CheckResult[];
    score: number;
    blockers: string[];
  };
  dependencyRisks?: DependencyRisk[];
  /** Waivers in force on the members (any member; only counted ones are reported). */
  waivers?: { entityRef: string; checkId: string }[];
  offeringType?: RollupResult['offeringType'];
  lifecycle?: string;
}

/** Not ready first, then the lowest score, then by ref: the order a roll-up lists its members in. @public */
export function weakestFirst(a: RollupMember, b: RollupMember): number {
  if (a.verdict !== b.verdict) return a.verdict === 'not-ready' ? -1 : 1;
  return a.score - b.score || a.entityRef.localeCompare(b.entityRef);
}

/**
 * The roll-up: ready only when something is counted, every counted component is ready and no own blocking check
 * fails (the weakest link); the score is the tier-weighted mean of the counted components' scores and, for an
 * offering, of its own checks' score weighed as one more member of the offering's tier. At risk when an offering it
 * depends on is not ready (see `dependencyRisks`).
 * @public
 */
export function rollUp(input: RollupInput): RollupResult {
  const counted = input.members.filter(m => m.counted);
  const excluded = input.members.filter(m => !m.counted);
  const notReady = counted.filter(m => m.verdict === 'not-ready');
  let weighed = 0;
  let total = 0;
  for (const member of counted) {
    weighed += TIER_WEIGHTS[member.tier] * member.weighedScore;
    total += TIER_WEIGHTS[member.tier];
  }
  if (input.own) {
    weighed += TIER_WEIGHTS[input.own.tier] * input.own.score;
    total += TIER_WEIGHTS[input.own.tier];
  }
  const blockers = input.own?.blockers ?? [];
  const countedRefs = new Set(counted.map(m => m.entityRef));
  const waivers = (input.waivers ?? []).filter(w =>
    countedRefs.has(w.entityRef),
  );
  const risks = input.dependencyRisks ?? [];
  const strip = ({ weighedScore, ...member }: RollupMemberInput) => member;
  return {
    entityRef: input.entityRef,
    kind: input.kind,
    verdict:
      counted.length > 0 && notReady.length === 0 && blockers.length === 0
        ? 'ready'
        : 'not-ready',
    atRisk: risks.length > 0,
    score: total === 0 ? 0 : Math.round(weighed / total),
    ...(input.own && { tier: input.own.tier }),
    ...(input.offeringType && { offeringType: input.offeringType }),
    ...(input.lifecycle && { lifecycle: input.lifecycle }),
    evaluatedAt: input.evaluatedAt,
    members: {
      counted: counted.length,
      ready: counted.length - notReady.length,
      notReady: notReady.length,
      excluded: excluded.length,
    },
    weakest: [...counted]
      .sort(weakestFirst)
      .slice(0, ROLLUP_LIST_LIMIT)
      .map(strip),
    excluded: [...excluded]
      .sort(weakestFirst)
      .slice(0, ROLLUP_LIST_LIMIT)
      .map(strip),
    checks: input.own?.checks ?? [],
    blockers,
    dependencyRisks: risks.slice(0, ROLLUP_LIST_LIMIT),
    acceptedRisk: {
      waivers: waivers.length,
      waivedComponents: new Set(waivers.map(w => w.entityRef)).size,
      checks: [...new Set(waivers.map(w => w.checkId))].sort(),
    },
  };
}

/** Whether a roll-up got better or worse between two states: the verdict first, then the score. @public */
export function movement(
  now: { verdict: RollupResult['verdict']; score: number },
  before?: { verdict: RollupResult['verdict']; score: number },
): ExecutiveRow['movement'] {
  if (!before) return 'new';
  if (now.verdict !== before.verdict)
    return now.verdict === 'ready' ? 'better' : 'worse';
  if (now.score === before.score) return 'same';
  return now.score > before.score ? 'better' : 'worse';
}
