import {
  ReadinessResult,
  SmoApiModels,
  Waiver,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { computeScore } from '../engine/score';

type WaiverDebtRow = SmoApiModels.WaiverDebtRow;

/** A component with waivers in force, as stored: its result and owning team. */
export interface WaivedComponent {
  result: ReadinessResult;
  ownerRef?: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: number[]) =>
  values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * The score the component would have if every waived check counted as failed: the engine's score rule, with the
 * waivers taken away.
 */
export function scoreWithoutWaivers(result: ReadinessResult): number {
  return computeScore(
    result.checks.map(c =>
      c.status === 'waived' ? { ...c, status: 'fail' as const } : c,
    ),
  );
}

/**
 * Waiver debt per owning team or per offering, most waivers first: the approved waivers in force on the components of
 * each, how old they are (days since approval), how many renew an earlier one, and the components' mean score with and
 * without them. A component counts in each offering it delivers; a waiver on an entity with no stored result (no
 * longer scored) counts nowhere.
 */
export function waiverDebt(
  waivers: Waiver[],
  components: Map<string, WaivedComponent>,
  by: 'team' | 'offering',
  now: DateTime,
): WaiverDebtRow[] {
  const groups = new Map<string, Waiver[]>();
  for (const waiver of waivers) {
    const component = components.get(waiver.entityRef);
    if (!component) continue;
    const team = component.ownerRef ? [component.ownerRef] : [];
    const keys = by === 'team' ? team : component.result.basis.offerings;
    for (const key of keys)
      groups.set(key, [...(groups.get(key) ?? []), waiver]);
  }
  return [...groups.entries()]
    .map(([ref, list]): WaiverDebtRow => {
      const ages = list.map(w =>
        Math.max(
          0,
          now.diff(DateTime.fromISO(w.decidedAt ?? w.createdAt), 'days').days,
        ),
      );
      const results = [...new Set(list.map(w => w.entityRef))].map(
        r => components.get(r)!.result,
      );
      return {
        ref,
        waivers: list.length,
        oldestDays: Math.floor(Math.max(...ages)),
        averageDays: round1(mean(ages)),
        renewals: list.filter(w => (w.renews ?? 0) > 0).length,
        score: round1(mean(results.map(r => r.score))),
        scoreWithoutWaivers: round1(mean(results.map(scoreWithoutWaivers))),
      };
    })
    .sort((a, b) => b.waivers - a.waivers || a.ref.localeCompare(b.ref));
}
