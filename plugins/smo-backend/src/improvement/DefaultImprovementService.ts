import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  Improvement,
  ImprovementGoal,
  ImprovementInput,
  ImprovementSuggestion,
  IMPROVEMENT_TRANSITIONS,
  goalProblem,
  goalText,
  improvementApprovalRefusal,
  isServiceLevelAgreementEntity,
  SmoApiModels,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { CatalogReader } from '../catalog/CatalogReader';
import { entityKey, resolveRef } from '../catalog/refs';
import { EngineCheck } from '../engine/checks/types';
import { governanceLink, Notifier } from '../gatekeeper/Notifier';
import { RoleResolver } from '../gatekeeper/RoleResolver';
import { systemClock } from '../gatekeeper/GatekeeperServiceOptions';
import { ReadinessPort } from '../ports';
import { actorOf, Caller } from '../service/caller';
import {
  ImprovementChange,
  ImprovementListQuery,
  ImprovementTransition,
  WaiverDebtQuery,
} from '../service/ImprovementService';
import { Gatekeeper } from '../store/Gatekeeper';
import { ImprovementStore, StoredImprovement } from '../store/ImprovementStore';
import { ReadinessStore } from '../store/ReadinessStore';
import { RollupStore } from '../store/RollupStore';
import { ServiceLevelStore } from '../store/ServiceLevelStore';
import { checkGoal, GoalSources } from './goalCheck';
import {
  findSuggestions,
  MissedCampaigns,
  sourceOfKey,
  SuggestionSources,
} from './suggestions';
import { waiverDebt } from './waiverDebt';

/** How long after raising an improvement the same raise by the same person counts as a retry of it. */
export const RETRY_WINDOW_MINUTES = 10;

export interface ImprovementServiceOptions {
  improvements: ImprovementStore;
  gatekeeper: Gatekeeper;
  readiness: ReadinessPort;
  results: ReadinessStore;
  rollups: RollupStore;
  serviceLevels: ServiceLevelStore;
  reader: CatalogReader;
  roles: RoleResolver;
  notifier: Notifier;
  /** The checks in force: a check goal names one of them. */
  checks: EngineCheck[];
  /** Components that missed a campaign at its deadline (the campaigns' port). */
  missedCampaigns: MissedCampaigns;
  clock?: () => DateTime;
}

/** An action as a past participle, for notifications. */
const past = (action: string) =>
  ({ approve: 'approved', start: 'started', abandon: 'abandoned' }[action] ??
  action);

/** Which refs of a list the caller can see; a list of everything when all. */
export type Seen = (refs: string[]) => Promise<ReadonlySet<string>>;

/**
 * The CSI register: raise (from scratch or from a suggestion, once), approve, start, close only when the data meets
 * the goal (freezing what it showed), abandon; suggestions from the data; waiver debt. Checks who may approve (the
 * continual-improvement process owner or the SMO, never whoever raised it) but no permission:
 * `AuthorizedImprovementService` does, for the API.
 */
export class DefaultImprovementService {
  private readonly clock: () => DateTime;

  constructor(private readonly options: ImprovementServiceOptions) {
    this.clock = options.clock ?? systemClock;
  }

  async get(id: string): Promise<Improvement> {
    const stored = await this.options.improvements.get(id);
    if (!stored) throw new NotFoundError(`No improvement ${id}`);
    return shown(stored);
  }

  async list(
    query: ImprovementListQuery,
    visible?: (entityRef: string) => boolean,
  ): Promise<{ totalCount: number; items: Improvement[] }> {
    const page = await this.options.improvements.list(query, visible);
    return { totalCount: page.totalCount, items: page.items.map(shown) };
  }

  /**
   * Raises an improvement, proposed. From a suggestion it is raised once: a second raise (also a concurrent one,
   * through the unique source key) answers the stored record. The same raise by the same person within
   * {@link RETRY_WINDOW_MINUTES} — a retry whose answer was lost — answers the stored one too (`created: false`).
   */
  async raise(
    input: ImprovementInput,
    caller: Caller,
  ): Promise<{ improvement: Improvement; created: boolean }> {
    const { improvements } = this.options;
    const actor = actorOf(caller);
    const { entityRef } = input;
    await this.assertImprovable(entityRef);
    const goal = await this.validGoal(input.goal, caller.credentials);
    const ownerRef = await this.validOwner(input.ownerRef);
    this.assertDue(input.dueDate);

    let source: Improvement['source'] = { type: 'manual' };
    if (input.suggestionKey) {
      const key = input.suggestionKey;
      const raised = await improvements.bySourceKey(key);
      if (raised) return { improvement: shown(raised), created: false };
      const suggestion = await this.suggestion(key, caller.credentials);
      if (suggestion.proposal.entityRef !== entityRef) {
        throw new InputError(
          `Invalid body: suggestionKey: ${key} is about ${suggestion.proposal.entityRef}, not ${entityRef}`,
        );
      }
      source = {
        type: suggestion.source,
        key,
        description: suggestion.reason,
      };
    } else {
      const since = this.clock().minus({ minutes: RETRY_WINDOW_MINUTES });
      const retried = await improvements.latestProposed(
        { createdBy: actor, entityRef, title: input.title },
        since.toISO()!,
      );
      if (retried) return { improvement: shown(retried), created: false };
    }

    const now = this.now();
    const improvement: StoredImprovement = {
      id: randomUUID(),
      title: input.title,
      entityRef,
      problem: input.problem,
      goal,
      ownerRef,
      dueDate: input.dueDate,
      status: 'proposed',
      source,
      evidence: uniqueByUrl(
        (input.evidence ?? []).map(e => ({
          url: validUrl(e.url, 'evidence.url'),
          title: e.title,
          addedBy: actor,
          addedAt: now,
        })),
      ),
      createdBy: actor,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    if (!(await improvements.add(improvement))) {
      // The same suggestion was raised meanwhile: that one is the record.
      const raised = await improvements.bySourceKey(source.key!);
      if (raised) return { improvement: shown(raised), created: false };
    }
    const owners = await this.options.roles.improvementProcessOwners();
    await this.options.notifier.send([...owners, ownerRef], {
      title: `Improvement proposed on ${entityRef}: ${improvement.title}`,
      description: `Goal: ${goalText(goal)}. Raised by ${actor}.`,
      link: governanceLink(entityRef),
      severity: 'normal',
    });
    return { improvement: shown(improvement), created: true };
  }

  /**
   * Approves, starts or abandons. Approving and abandoning take the continual-improvement process owner or the SMO
   * (memberships read from the catalog now), and whoever raised it may not approve it. The same move again — the
   * version the caller read moved once, to where they asked, by them — answers the stored record (`replayed`).
   */
  async transition(
    id: string,
    request: ImprovementTransition,
    caller: Caller,
  ): Promise<ImprovementChange> {
    const { action } = request;
    const actor = actorOf(caller);
    const rule = IMPROVEMENT_TRANSITIONS[action];
    const stored = await this.stored(id);
    const before = shown(stored);
    if (
      stored.status === rule.to &&
      stored.version === request.version + 1 &&
      (action !== 'approve' || stored.approvedBy === actor) &&
      (action !== 'abandon' || stored.comment === request.comment)
    ) {
      return { before, after: before, replayed: true };
    }
    this.assertMovable(stored, action, rule.from, request.version);
    if (action === 'abandon' && !request.comment?.trim()) {
      throw new InputError('Invalid body: comment: required to abandon');
    }
    if (action !== 'start') {
      await this.assertAuthority(actor, action);
    }
    if (action === 'approve') {
      const refusal = improvementApprovalRefusal(stored, actor);
      if (refusal) throw new NotAllowedError(refusal);
    }
    const after = await this.write(stored, {
      status: rule.to,
      comment: request.comment,
      ...(action === 'approve' && { approvedBy: actor }),
    });
    await this.notifyOwner(
      after,
      `${past(action)} by ${actor}`,
      request.comment,
    );
    return { before, after };
  }

  /**
   * Closes an improvement in progress as done when the data meets its goal now, freezing what the data showed in the
   * same write as the status; otherwise a 409 saying what the data shows.
   */
  async close(
    id: string,
    request: { version: number; comment?: string },
    caller: Caller,
  ): Promise<ImprovementChange> {
    const actor = actorOf(caller);
    const stored = await this.stored(id);
    const before = shown(stored);
    if (
      stored.status === 'done' &&
      stored.closing?.closedBy === actor &&
      stored.version === request.version + 1
    ) {
      return { before, after: before, replayed: true };
    }
    const rule = IMPROVEMENT_TRANSITIONS.close;
    this.assertMovable(stored, 'close', rule.from, request.version);
    const evidence = await checkGoal(
      stored.goal,
      stored.entityRef,
      this.goalSources(),
      this.clock(),
    );
    const after = await this.write(stored, {
      status: rule.to,
      comment: request.comment,
      closing: {
        closedBy: actor,
        closedAt: this.now(),
        summary: evidence.summary,
        data: evidence.data,
      },
    });
    await this.notifyOwner(after, `done: ${evidence.summary}`, request.comment);
    return { before, after };
  }

  /** Links evidence to an open improvement; a URL already linked is not linked twice (`replayed`). */
  async linkEvidence(
    id: string,
    link: { url: string; title: string },
    caller: Caller,
  ): Promise<ImprovementChange> {
    const actor = actorOf(caller);
    validUrl(link.url, 'url');
    // A concurrent change (another link, a move) is retried on the fresh record rather than refused.
    for (let attempt = 1; ; attempt++) {
      const stored = await this.stored(id);
      const before = shown(stored);
      if (stored.status === 'done' || stored.status === 'abandoned') {
        throw new ConflictError(
          `Improvement ${id} is ${stored.status}; evidence is linked to open improvements only`,
        );
      }
      if (stored.evidence.some(e => e.url === link.url)) {
        return { before, after: before, replayed: true };
      }
      try {
        const after = await this.write(stored, {
          evidence: [
            ...stored.evidence,
            { ...link, addedBy: actor, addedAt: this.now() },
          ],
        });
        return { before, after };
      } catch (error) {
        if ((error as Error).name !== 'ConflictError' || attempt >= 3) {
          throw error;
        }
      }
    }
  }

  /** The suggestions not raised yet, newest cause first; the catalog read as `readAs`. */
  async suggestions(
    readAs: BackstageCredentials,
  ): Promise<ImprovementSuggestion[]> {
    const all = await findSuggestions(
      this.suggestionSources(),
      this.clock(),
      readAs,
    );
    const raised = await this.options.improvements.raisedKeys(
      all.map(s => s.key),
    );
    return all.filter(s => !raised.has(s.key));
  }

  /** Waiver debt over the components `seen` keeps, in rows `seen` keeps too; one page. */
  async waiverDebt(
    query: WaiverDebtQuery,
    seen: Seen,
  ): Promise<{ totalCount: number; items: SmoApiModels.WaiverDebtRow[] }> {
    const now = this.clock();
    const active = [
      ...(
        await this.options.gatekeeper.stores.evidence.activeWaivers(
          now.toISO()!,
        )
      ).values(),
    ].flat();
    const visible = await seen([...new Set(active.map(w => w.entityRef))]);
    const waivers = active.filter(w => visible.has(w.entityRef));
    const components = new Map(
      (
        await this.options.results.resultsOf([
          ...new Set(waivers.map(w => w.entityRef)),
        ])
      ).map(c => [c.result.entityRef, c]),
    );
    const rows = waiverDebt(waivers, components, query.by, now);
    const shownRows = await seen(rows.map(r => r.ref));
    const items = rows.filter(r => shownRows.has(r.ref));
    return {
      totalCount: items.length,
      items: items.slice(query.offset, query.offset + query.limit),
    };
  }

  /** The current suggestion with this key (raised or not); a 400 when there is none. */
  private async suggestion(
    key: string,
    readAs: BackstageCredentials,
  ): Promise<ImprovementSuggestion> {
    const source = sourceOfKey(key);
    const found =
      source &&
      (
        await findSuggestions(
          this.suggestionSources(),
          this.clock(),
          readAs,
          source,
        )
      ).find(s => s.key === key);
    if (!found) {
      throw new InputError(
        `Invalid body: suggestionKey: there is no current suggestion ${key}`,
      );
    }
    return found;
  }

  /** An improvement is raised on a scored component or on a ServiceOffering. */
  private async assertImprovable(entityRef: string) {
    if (!entityRef.startsWith('serviceoffering:')) {
      await this.options.readiness.assertScored(entityRef);
      return;
    }
    const [offering] = await this.options.reader.readByRefs([entityRef]);
    if (!offering)
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
  }

  /** The goal, well formed and about something that exists: a check in force, or an agreement in the catalog. */
  private async validGoal(
    goal: ImprovementGoal,
    readAs: BackstageCredentials,
  ): Promise<ImprovementGoal> {
    const problem = goalProblem(goal);
    if (problem) throw new InputError(`Invalid body: ${problem}`);
    if (goal.type === 'check') {
      if (!this.options.checks.some(c => c.id === goal.checkId)) {
        throw new InputError(
          `Invalid body: goal.checkId: no check '${goal.checkId}' is in force`,
        );
      }
      return { type: 'check', checkId: goal.checkId };
    }
    const key = resolveRef(goal.agreementRef, {
      defaultKind: 'servicelevelagreement',
      defaultNamespace: 'default',
    });
    const [agreement] = key
      ? await this.options.reader.readByRefs([key], readAs)
      : [];
    if (!agreement || !isServiceLevelAgreementEntity(agreement)) {
      throw new InputError(
        `Invalid body: goal.agreementRef: no ServiceLevelAgreement '${goal.agreementRef}' in the catalog`,
      );
    }
    return {
      type: 'service-level',
      agreementRef: entityKey(agreement),
      metric: goal.metric,
      target: goal.target,
    };
  }

  /** The owner: a user or group in the catalog, as a canonical ref. */
  private async validOwner(ownerRef: string): Promise<string> {
    const key = resolveRef(ownerRef, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
    if (!key || !/^(user|group):/.test(key)) {
      throw new InputError(
        `Invalid body: ownerRef: '${ownerRef}' is not a user or group ref`,
      );
    }
    const [owner] = await this.options.reader.readByRefs([key]);
    if (!owner) {
      throw new InputError(`Invalid body: ownerRef: no ${key} in the catalog`);
    }
    return key;
  }

  private assertDue(dueDate: string) {
    const due = DateTime.fromISO(dueDate, { zone: 'utc' });
    if (!due.isValid || dueDate.length !== 10) {
      throw new InputError(
        'Invalid body: dueDate: must be a date (YYYY-MM-DD)',
      );
    }
    if (dueDate < this.clock().toISODate()!) {
      throw new InputError('Invalid body: dueDate: must not be in the past');
    }
  }

  /** A move from the status the rule allows, on the version the caller read. */
  private assertMovable(
    stored: StoredImprovement,
    action: string,
    from: readonly string[],
    version: number,
  ) {
    if (!from.includes(stored.status)) {
      throw new ConflictError(
        `Cannot ${action} an improvement that is ${
          stored.status
        } (allowed from ${from.join(', ')})`,
      );
    }
    if (stored.version !== version) {
      throw new ConflictError(
        `Improvement ${stored.id} was changed by someone else (it is at version ${stored.version}, not ${version}); reload and try again`,
      );
    }
  }

  /** Approving and abandoning take the continual-improvement process owner or a member of the SMO group. */
  private async assertAuthority(actor: string, action: string) {
    const { roles } = this.options;
    const authority = await roles.improvementAuthority(actor);
    if (authority.length === 0) {
      throw new NotAllowedError(
        `${actor} may not ${action} improvements: that takes the owner of a continual-improvement ProcessOwner or a member of ${roles.smoGroupRef}`,
      );
    }
  }

  private async stored(id: string): Promise<StoredImprovement> {
    const stored = await this.options.improvements.get(id);
    if (!stored) throw new NotFoundError(`No improvement ${id}`);
    return stored;
  }

  /** Writes `change` on the version read; a lost race is a 409. */
  private async write(
    stored: StoredImprovement,
    change: Partial<StoredImprovement>,
  ): Promise<Improvement> {
    const next: StoredImprovement = {
      ...stored,
      ...change,
      updatedAt: this.now(),
      version: stored.version + 1,
    };
    await this.options.improvements.update(next, stored.version);
    return shown(next);
  }

  private async notifyOwner(
    improvement: Improvement,
    what: string,
    comment?: string,
  ) {
    await this.options.notifier.send([improvement.ownerRef], {
      title: `Improvement ${improvement.title} ${what}`,
      description: comment,
      link: governanceLink(improvement.entityRef),
      severity: 'normal',
    });
  }

  private goalSources(): GoalSources {
    const { readiness, results, rollups, serviceLevels, checks } = this.options;
    return {
      readiness,
      results,
      rollups,
      serviceLevels,
      offeringLevel: new Set(
        checks.filter(c => c.offeringLevel).map(c => c.id),
      ),
    };
  }

  private suggestionSources(): SuggestionSources {
    const { reader, serviceLevels, gatekeeper, results, missedCampaigns } =
      this.options;
    return {
      reader,
      serviceLevels,
      gatekeeper: gatekeeper.stores,
      results,
      missedCampaigns,
    };
  }

  private now(): string {
    return this.clock().toISO()!;
  }
}

/** A stored improvement as the API shows it: with its goal in words. */
function shown(stored: StoredImprovement): Improvement {
  return { ...stored, goalText: goalText(stored.goal) };
}

/** A link that is a URL a browser can open (the document only asks that it starts with http(s)://). */
function validUrl(url: string, field: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return url;
  } catch {
    // refused below
  }
  throw new InputError(`Invalid body: ${field}: not a valid http(s) URL`);
}

function uniqueByUrl<T extends { url: string }>(links: T[]): T[] {
  return links.filter((l, i) => links.findIndex(o => o.url === l.url) === i);
}
