import { JsonObject } from '@backstage/types';
import {
  Improvement,
  ImprovementInput,
  ImprovementSuggestion,
  smoImprovementApprovePermission,
  smoImprovementCreatePermission,
  smoImprovementUpdatePermission,
  SmoApiModels,
} from '@smo-backstage/plugin-smo-common';
import { DefaultImprovementService } from '../../improvement/DefaultImprovementService';
import { Caller } from '../caller';
import {
  ImprovementChange,
  ImprovementListQuery,
  ImprovementService,
  ImprovementTransition,
  WaiverDebtQuery,
} from '../ImprovementService';
import {
  AuthorizedOptions,
  AuthorizedService,
  beforeAndAfter,
  MutationKind,
} from './authorizedMutation';

/**
 * The CSI register for a caller: only improvements, suggestions and waiver debt of entities they can see (one they
 * cannot is a 404, like an unknown id); each change needs its permission on the improvement's entity and is audited.
 * Who may approve (process owner or SMO, not whoever raised it) stays in the service: a rule of the domain.
 */
export class AuthorizedImprovementService
  extends AuthorizedService<DefaultImprovementService>
  implements ImprovementService
{
  static create(options: AuthorizedOptions<DefaultImprovementService>) {
    return new AuthorizedImprovementService(options);
  }

  async list(query: ImprovementListQuery, caller: Caller) {
    const { credentials } = caller;
    const entityRef =
      query.entityRef &&
      (await this.visibility.entity(query.entityRef, credentials));
    // Improvements are on scored components and offerings; both sets are undefined when the caller sees everything.
    const [scored, offerings] = await Promise.all([
      this.visibility.scored(credentials),
      this.visibility.ofKind('serviceoffering', credentials),
    ]);
    const visible =
      scored || offerings
        ? (ref: string) =>
            (scored?.has(ref) ?? true) || (offerings?.has(ref) ?? true)
        : undefined;
    return this.inner.list({ ...query, entityRef }, visible);
  }

  async get(id: string, caller: Caller): Promise<Improvement> {
    return this.visibility.record(
      await this.inner.get(id),
      caller.credentials,
      `No improvement ${id}`,
    );
  }

  raise(input: ImprovementInput, caller: Caller) {
    return this.createFor(
      input.entityRef,
      caller,
      {
        eventId: 'improvement-raise',
        permission: smoImprovementCreatePermission,
      },
      entityRef => this.inner.raise({ ...input, entityRef }, caller),
      result => result.improvement,
    );
  }

  transition(id: string, request: ImprovementTransition, caller: Caller) {
    return this.change(
      id,
      caller,
      {
        eventId: 'improvement-transition',
        meta: { action: request.action },
        permission:
          request.action === 'start'
            ? smoImprovementUpdatePermission
            : smoImprovementApprovePermission,
      },
      () => this.inner.transition(id, request, caller),
    );
  }

  close(
    id: string,
    request: { version: number; comment?: string },
    caller: Caller,
  ) {
    return this.change(
      id,
      caller,
      {
        eventId: 'improvement-close',
        meta: {},
        permission: smoImprovementUpdatePermission,
      },
      () => this.inner.close(id, request, caller),
    );
  }

  linkEvidence(
    id: string,
    link: { url: string; title: string },
    caller: Caller,
  ) {
    return this.change(
      id,
      caller,
      {
        eventId: 'improvement-evidence',
        meta: { url: link.url },
        permission: smoImprovementUpdatePermission,
      },
      () => this.inner.linkEvidence(id, link, caller),
    );
  }

  /** Only suggestions about what the caller can see count towards `limit`. */
  async suggestions(
    limit: number,
    caller: Caller,
  ): Promise<ImprovementSuggestion[]> {
    const all = await this.inner.suggestions(caller.credentials);
    const seen = await this.visibility.only(
      all.map(s => ({ entityRef: s.proposal.entityRef, s })),
      caller.credentials,
    );
    return seen.slice(0, limit).map(({ s }) => s);
  }

  waiverDebt(
    query: WaiverDebtQuery,
    caller: Caller,
  ): Promise<{ totalCount: number; items: SmoApiModels.WaiverDebtRow[] }> {
    return this.inner.waiverDebt(query, async refs => {
      const seen = await this.visibility.only(
        refs.map(entityRef => ({ entityRef })),
        caller.credentials,
      );
      return new Set(seen.map(s => s.entityRef));
    });
  }

  /** A change of an improvement the caller can see (a 404 like an unknown id otherwise), audited before and after. */
  private async change(
    id: string,
    caller: Caller,
    options: MutationKind & { meta: JsonObject },
    change: () => Promise<ImprovementChange>,
  ): Promise<ImprovementChange> {
    const { entityRef } = await this.get(id, caller);
    return this.mutation(
      {
        ...options,
        caller,
        meta: { entityRef, improvementId: id, ...options.meta },
        entityRef,
      },
      beforeAndAfter(change),
    );
  }
}
