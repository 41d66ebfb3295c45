import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import { smoReadinessRefreshPermission } from '@smo-backstage/plugin-smo-common';
import { asOfInstant } from '../../rollup/asOf';
import { Caller } from '../caller';
import { DefaultReadinessService } from '../DefaultReadinessService';
import { EntityRefParts, ReadinessPage, ReadinessService } from '../interfaces';
import { ReadinessQuery } from '../../store/ReadinessStore';
import {
  authorizedMutation,
  AuthorizedOptions,
  Mutation,
} from './authorizedMutation';
import { EntityVisibility } from './EntityVisibility';

const refOf = (ref: EntityRefParts) =>
  `${ref.kind}:${ref.namespace}/${ref.name}`;

/** Readiness for a caller: only entities they can see in the catalog; refresh needs its permission and is audited. */
export class AuthorizedReadinessService implements ReadinessService {
  private constructor(
    private readonly inner: DefaultReadinessService,
    private readonly visibility: EntityVisibility,
    private readonly mutation: Mutation,
  ) {}

  static create(options: AuthorizedOptions<DefaultReadinessService>) {
    return new AuthorizedReadinessService(
      options.inner,
      options.visibility,
      authorizedMutation(options.auditor, options.permissions),
    );
  }

  get checkDefinitions() {
    return this.inner.checkDefinitions;
  }

  /** Counts and pages cover only what the caller may see, so no filter mix reveals a hidden entity's score. */
  async list(
    query: ReadinessQuery & { asOf?: string },
    caller: Caller,
  ): Promise<ReadinessPage> {
    const { credentials } = caller;
    const page = await this.inner.list({
      ...query,
      only: await this.visibility.scored(credentials),
    });
    // Rows are already limited to what the caller sees (`only`); with every title stored, the catalog is not asked
    // again. A row whose entity left the catalog since the last sweep then stays until that sweep removes it, as in
    // `get` (and as the count already includes it).
    if (page.titled) return page;
    return {
      totalCount: page.totalCount,
      items: await this.visibility.titled(page.items, credentials),
    };
  }

  /**
   * The stored result. A caller who may read every catalog entity is answered from the store alone — the permission
   * decides without the catalog, and a stored row means the entity was scored at the last sweep or refresh — so the
   * hot read costs one indexed query. Anyone else, and an entity not evaluated yet, goes through the catalog.
   */
  async get(ref: EntityRefParts, caller: Caller): Promise<ReadinessResult> {
    const wanted = refOf(ref);
    const [readsAll, stored] = await Promise.all([
      this.visibility.readsAll(caller.credentials),
      this.inner.stored(wanted),
    ]);
    if (readsAll && stored) return stored;
    await this.readable(ref, caller);
    return this.inner.get(ref);
  }

  async getAt(
    ref: EntityRefParts,
    asOf: string,
    caller: Caller,
  ): Promise<ReadinessResult> {
    await this.readable(ref, caller);
    return this.inner.getAt(ref, asOfInstant(asOf));
  }

  async refresh(ref: EntityRefParts, caller: Caller): Promise<ReadinessResult> {
    const entityRef = await this.readable(ref, caller);
    return this.mutation(
      {
        caller,
        eventId: 'readiness-refresh',
        meta: { entityRef },
        permission: smoReadinessRefreshPermission,
        entityRef,
      },
      async () => {
        const refreshed = await this.inner.refresh(ref);
        return {
          result: refreshed,
          meta: {
            after: { verdict: refreshed.verdict, score: refreshed.score },
          },
        };
      },
    );
  }

  async history(ref: EntityRefParts, caller: Caller) {
    const wanted = refOf(ref);
    const readsAll = await this.visibility.readsAll(caller.credentials);
    if (!(readsAll && (await this.inner.stored(wanted)))) {
      await this.readable(ref, caller);
    }
    return this.inner.history(ref);
  }

  /**
   * The entity's ref, after checking the caller may read it in the catalog. Reads fail closed: when the catalog
   * cannot be asked, the answer is a 503.
   */
  private readable(ref: EntityRefParts, caller: Caller): Promise<string> {
    return this.visibility.entity(refOf(ref), caller.credentials, 'path');
  }
}
