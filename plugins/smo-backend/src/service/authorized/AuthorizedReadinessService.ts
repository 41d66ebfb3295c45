import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import { smoReadinessRefreshPermission } from '@smo-backstage/plugin-smo-common';
import { refKey } from '../../catalog/refs';
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

/** Readiness for a caller: only entities they can see in the catalog; refresh needs its permission and is audited. */
export class AuthorizedReadinessService implements ReadinessService {
  private constructor(
    private readonly inner: DefaultReadinessService,
    private readonly visibility: EntityVisibility,
    private readonly mutation: Mutation,
    private readonly storedForServices: boolean,
  ) {}

  static create(
    options: AuthorizedOptions<DefaultReadinessService> & {
      /** See `smo.readiness.serveStoredDuringCatalogOutage`; `none` when left out. */
      serveStoredDuringCatalogOutage?: 'none' | 'services';
    },
  ) {
    return new AuthorizedReadinessService(
      options.inner,
      options.visibility,
      authorizedMutation(options.auditor, options.permissions),
      options.serveStoredDuringCatalogOutage === 'services',
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
    return {
      totalCount: page.totalCount,
      items: await this.visibility.titled(page.items, credentials),
    };
  }

  async get(ref: EntityRefParts, caller: Caller): Promise<ReadinessResult> {
    await this.readable(ref, caller, true);
    return this.inner.get(ref);
  }

  async getAt(
    ref: EntityRefParts,
    asOf: string,
    caller: Caller,
  ): Promise<ReadinessResult> {
    await this.readable(ref, caller, false);
    return this.inner.getAt(ref, asOfInstant(asOf));
  }

  async refresh(ref: EntityRefParts, caller: Caller): Promise<ReadinessResult> {
    const entityRef = await this.readable(ref, caller, false);
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
    await this.readable(ref, caller, true);
    return this.inner.history(ref);
  }

  /**
   * The entity's ref, after checking the caller may read it in the catalog. Reads fail closed: when the catalog
   * cannot be asked, the answer is a 503 — unless `stored` reads are allowed for service principals
   * (`serveStoredDuringCatalogOutage: services`, e.g. for the CI gate) and the caller is one: then results already
   * in the store are served as they are, and their evaluatedAt shows how old they are.
   */
  private async readable(
    ref: EntityRefParts,
    caller: Caller,
    stored: boolean,
  ): Promise<string> {
    const { credentials } = caller;
    const wanted = `${ref.kind}:${ref.namespace}/${ref.name}`;
    try {
      return await this.visibility.entity(wanted, credentials, 'path');
    } catch (error) {
      if (
        stored &&
        this.storedForServices &&
        (credentials.principal as { type?: string }).type === 'service' &&
        (error as Error).name === 'ServiceUnavailableError' &&
        (await this.inner.stored(wanted))
      ) {
        return refKey(wanted);
      }
      throw error;
    }
  }
}
