import {
  DependencyRisk,
  RollupInput,
  RollupKind,
  RollupResult,
  rollUp,
  ServiceOfferingEntity,
  Tier,
} from '@smo-backstage/plugin-smo-common';
import { CheckResult } from '@smo-backstage/plugin-smo-common';
import { entityKey, relationTargets } from '../catalog/refs';
import { Member } from './members';

/** An offering with the result of its own checks. */
export interface OfferingInput {
  entity: ServiceOfferingEntity;
  own: { tier: Tier; checks: CheckResult[]; score: number; blockers: string[] };
}

/**
 * Every roll-up for one sweep: each offering that is not retired (with its own checks and the risks along
 * `dependsOn`), each system and each group that has at least one component. Pure: the sweep gives it the members it
 * just evaluated.
 */
export function computeRollups(
  members: Member[],
  offerings: OfferingInput[],
  evaluatedAt: string,
): RollupResult[] {
  const bySystem = groupBy(members, m => [m.systemRef]);
  const byOwner = groupBy(members, m => [
    m.ownerRef?.startsWith('group:') ? m.ownerRef : undefined,
  ]);
  const byOffering = groupBy(members, m => m.offerings);

  const live = offerings.filter(o => o.entity.spec.lifecycle !== 'retired');
  const base = new Map(
    live.map(o => {
      const key = entityKey(o.entity);
      return [key, offeringInput(o, key, byOffering.get(key) ?? [])];
    }),
  );
  const verdicts = new Map(
    [...base].map(([key, input]) => [key, rollUp(input).verdict]),
  );
  const dependencies = new Map(
    live.map(o => [
      entityKey(o.entity),
      relationTargets(o.entity, 'dependsOn').filter(k =>
        k.startsWith('serviceoffering:'),
      ),
    ]),
  );

  const rollups: RollupResult[] = [...base].map(([key, input]) =>
    rollUp({
      ...input,
      dependencyRisks: dependencyRisks(key, dependencies, verdicts),
    }),
  );
  for (const [kind, groups] of [
    ['system', bySystem],
    ['group', byOwner],
  ] as const) {
    for (const [key, grouped] of groups) {
      rollups.push(rollUp(plainInput(key, kind, grouped)));
    }
  }
  return rollups.map(r => ({ ...r, evaluatedAt }));

  function offeringInput(
    o: OfferingInput,
    key: string,
    delivering: Member[],
  ): RollupInput {
    return {
      ...plainInput(key, 'serviceoffering', delivering),
      own: o.own,
      offeringType: o.entity.spec.type,
      lifecycle: o.entity.spec.lifecycle,
    };
  }

  function plainInput(
    key: string,
    kind: RollupKind,
    grouped: Member[],
  ): RollupInput {
    return {
      entityRef: key,
      kind,
      evaluatedAt,
      members: grouped.map(
        ({ offerings: _o, systemRef: _s, ownerRef: _w, waived: _v, ...m }) => m,
      ),
      waivers: grouped.flatMap(m =>
        m.waived.map(checkId => ({ entityRef: m.entityRef, checkId })),
      ),
    };
  }
}

/**
 * The offerings reachable from `from` along `dependsOn` that are not ready, each once with the shortest path to it
 * (breadth first; cycles end where they close).
 */
export function dependencyRisks(
  from: string,
  dependencies: ReadonlyMap<string, string[]>,
  verdicts: ReadonlyMap<string, RollupResult['verdict']>,
): DependencyRisk[] {
  const risks: DependencyRisk[] = [];
  const seen = new Set([from]);
  let frontier = [[from]];
  while (frontier.length > 0) {
    const next: string[][] = [];
    for (const path of frontier) {
      for (const dep of dependencies.get(path[path.length - 1]) ?? []) {
        if (seen.has(dep)) continue;
        seen.add(dep);
        const reached = [...path, dep];
        const verdict = verdicts.get(dep);
        // An offering not rolled up (retired, or not in the catalog) cannot be relied on either.
        if (verdict !== 'ready') {
          risks.push({ path: reached, verdict: 'not-ready' });
        }
        next.push(reached);
      }
    }
    frontier = next;
  }
  return risks;
}

function groupBy(
  members: Member[],
  keysOf: (m: Member) => (string | undefined)[],
): Map<string, Member[]> {
  const map = new Map<string, Member[]>();
  for (const member of members) {
    for (const key of keysOf(member)) {
      if (!key) continue;
      const list = map.get(key);
      if (list) list.push(member);
      else map.set(key, [member]);
    }
  }
  return map;
}
