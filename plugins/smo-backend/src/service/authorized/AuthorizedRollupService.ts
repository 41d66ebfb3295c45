import { RollupKind, RollupResult } from '@smo-backstage/plugin-smo-common';
import {
  DefaultRollupService,
  rollupRef,
  TrendQuery,
} from '../../rollup/DefaultRollupService';
import { RollupQuery } from '../../store/RollupStore';
import { Caller } from '../caller';
import { EntityRefParts, RollupService } from '../interfaces';
import { EntityVisibility } from './EntityVisibility';

/**
 * Roll-ups for a caller, with readiness's visibility rules: one they cannot see is a 404 (a catalog that cannot be
 * asked, a 503); lists, trends and their counts cover only what they can see. A roll-up's members and paths are
 * dropped when the caller cannot see them.
 */
export class AuthorizedRollupService implements RollupService {
  constructor(
    private readonly inner: DefaultRollupService,
    private readonly visibility: EntityVisibility,
  ) {}

  async get(
    ref: EntityRefParts,
    asOf: string | undefined,
    caller: Caller,
  ): Promise<RollupResult> {
    await this.visibility.entity(rollupRef(ref), caller.credentials, 'path');
    return this.seen(await this.inner.get(ref, asOf), caller);
  }

  async list(query: RollupQuery & { asOf?: string }, caller: Caller) {
    const page = await this.inner.list(
      query,
      await this.visibility.ofKind(query.kind, caller.credentials),
    );
    const items = await this.visibility.titled(
      page.items.map(r => ({
        entityRef: r.entityRef,
        kind: r.kind,
        verdict: r.verdict,
        atRisk: r.atRisk,
        score: r.score,
        ...(r.tier && { tier: r.tier }),
        counted: r.members.counted,
        notReady: r.members.notReady,
        evaluatedAt: r.evaluatedAt,
      })),
      caller.credentials,
    );
    return { totalCount: page.totalCount, items };
  }

  async history(ref: EntityRefParts, caller: Caller) {
    await this.visibility.entity(rollupRef(ref), caller.credentials, 'path');
    return this.inner.history(ref);
  }

  async trend(query: TrendQuery, caller: Caller) {
    const { credentials } = caller;
    const visible =
      query.by === 'tier'
        ? { components: await this.visibility.scored(credentials) }
        : {
            rollups: await this.visibility.ofKind(
              (query.by === 'offering'
                ? 'serviceoffering'
                : 'group') satisfies RollupKind,
              credentials,
            ),
          };
    const trend = await this.inner.trend(query, visible);
    if (query.by === 'tier') return trend;
    const titles = new Map(
      (
        await this.visibility.titled(
          trend.series.map(s => ({ entityRef: s.key })),
          credentials,
        )
      ).map(t => [t.entityRef, t.title]),
    );
    return {
      ...trend,
      series: trend.series.flatMap(s =>
        titles.has(s.key)
          ? [{ ...s, ...(titles.get(s.key) && { title: titles.get(s.key) }) }]
          : [],
      ),
    };
  }

  /** The standard is configuration, the same for every authenticated caller. */
  async standardChanges(
    page: { limit: number; offset: number },
    _caller: Caller,
  ) {
    return this.inner.standardChanges(page);
  }

  async executive(page: { limit: number; offset: number }, caller: Caller) {
    const { credentials } = caller;
    const summary = await this.inner.executive(
      page,
      await this.visibility.ofKind('serviceoffering', credentials),
      credentials,
    );
    const titled = await this.visibility.titled(
      summary.items.map(row => ({ ...row, entityRef: row.offeringRef })),
      credentials,
    );
    // One catalog read for the whole page's members and paths.
    const seen = await this.visibleSet(
      titled.flatMap(row => [
        ...row.notReady,
        ...row.dependencyRisks.flatMap(r => r.path),
      ]),
      caller,
    );
    return {
      ...summary,
      items: titled.map(({ entityRef: _ref, ...row }) => ({
        ...row,
        notReady: row.notReady.filter(ref => seen.has(ref)),
        dependencyRisks: pathsSeen(row.dependencyRisks, seen),
      })),
    };
  }

  /** The roll-up without the members and dependency paths the caller cannot see. */
  private async seen(result: RollupResult, caller: Caller) {
    const { credentials } = caller;
    const members = async (list: RollupResult['weakest']) =>
      this.visibility.only(list, credentials);
    return {
      ...result,
      weakest: await members(result.weakest),
      excluded: await members(result.excluded),
      dependencyRisks: pathsSeen(
        result.dependencyRisks,
        await this.visibleSet(
          result.dependencyRisks.flatMap(r => r.path),
          caller,
        ),
      ),
    };
  }

  /** Which of `refs` the caller can see, in one catalog read. */
  private async visibleSet(
    refs: string[],
    caller: Caller,
  ): Promise<ReadonlySet<string>> {
    const seen = await this.visibility.only(
      [...new Set(refs)].map(entityRef => ({ entityRef })),
      caller.credentials,
    );
    return new Set(seen.map(r => r.entityRef));
  }
}

/** Paths whose every offering the caller can see. */
function pathsSeen(
  risks: RollupResult['dependencyRisks'],
  seen: ReadonlySet<string>,
) {
  return risks.filter(r => r.path.every(ref => seen.has(ref)));
}
