import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  Attestation,
  CampaignDefinition,
  Ladder,
  ReadinessResult,
  Waiver,
} from '@smo-backstage/plugin-smo-common';
import { SmoFactProvider } from '@smo-backstage/plugin-smo-node';
import { DateTime } from 'luxon';
import { CatalogChangeSignal } from '../catalog/CatalogChangeSignal';
import { CatalogReader } from '../catalog/CatalogReader';
import { RelatedEntityIndex } from '../catalog/RelatedEntityIndex';
import { entityKey, refKey } from '../catalog/refs';
import { EngineCheck } from '../engine/checks/types';
import { evaluateEntity, evaluateOffering } from '../engine/evaluate';
import { asOfInstant } from '../rollup/asOf';
import { computeRollups } from '../rollup/computeRollups';
import { Member, memberOf } from '../rollup/members';
import { RollupStore } from '../store/RollupStore';
import { StandardStore } from '../store/StandardStore';
import { CampaignStore } from '../store/CampaignStore';
import { CampaignMemberRow, campaignMembers } from '../campaigns/membership';
import { EvidenceInForce, ReadinessPort } from '../ports';
import {
  HistoryPoint,
  ReadinessQuery,
  ReadinessRow,
  ReadinessStore,
  StoredState,
} from '../store/ReadinessStore';
import { fingerprint } from './fingerprint';
import { CatalogInputs, readCatalogInputs } from './catalogInputs';
import { FULL_SWEEP_EVERY_MS, sweepInputsFingerprint } from './sweepInputs';
import { SweepPhases } from './sweepPhases';
import { EntityRefParts, ReadinessPage, ReadinessService } from './interfaces';

const BATCH_SIZE = 500;

const maybeKey = (ref?: string) => (ref ? refKey(ref) : undefined);
const keyOf = (ref: EntityRefParts) =>
  refKey(`${ref.kind}:${ref.namespace}/${ref.name}`);

/** A stored result whose verdict went from ready to not-ready. */
export interface Regression {
  result: ReadinessResult;
  ownerRef?: string;
}

export interface ReadinessServiceOptions {
  reader: CatalogReader;
  /**
   * Tells a sweep cheaply whether the catalog changed (the SMO catalog module's signal); without it, or when it gives
   * none, a sweep reads every entity's etag to tell.
   */
  catalogSignal?: CatalogChangeSignal;
  store: ReadinessStore;
  checks: EngineCheck[];
  factProviders: SmoFactProvider[];
  /** The gatekeeper's side of the port: what evaluations count as evidence. */
  evidence: EvidenceInForce;
  logger: LoggerService;
  /** The readiness ladder (`smo.readiness.levels`), when configured. */
  ladder?: Ladder;
  /** The campaigns configured (`smo.improvement.campaigns`). */
  campaigns?: readonly CampaignDefinition[];
  /** Where each sweep's roll-ups go; without it there are none. */
  rollups?: RollupStore;
  /** Where each change of the checks in force is recorded. */
  standards?: StandardStore;
  /** Where each component's standing in the campaigns covering it is kept. */
  campaignMembers?: CampaignStore;
  /** Told after each sweep which entities became not ready (e.g. to notify their owners). */
  onRegressions?: (regressions: Regression[]) => Promise<void>;
  /**
   * What besides the catalog, the evidence and the facts decides results — the configuration and the checks' code —
   * as a string that changes with them: a sweep never skips evaluating across a change of it.
   */
  inputsSalt?: string;
  clock?: () => DateTime;
}

export interface SweepStats {
  evaluated: number;
  changed: number;
  removed: number;
  durationMs: number;
}

/**
 * How long on-demand refreshes share one read of the related entities (SMO kinds, groups, users, systems, domains):
 * a burst of refreshes — a page of evidence being recorded — costs one catalog read, not one each. A sweep always
 * reads them afresh.
 */
const RELATED_WINDOW_MS = 10_000;

/** The refresh of one entity running now, and the one queued behind it. */
interface RefreshSlot {
  running: Promise<ReadinessResult>;
  queued?: Promise<ReadinessResult>;
}

/**
 * Catalog snapshot → engine → store: the scheduled sweep, on-demand refresh and reads. Also readiness's side of the
 * port to the gatekeeper (see ports.ts). Checks no permission: `AuthorizedReadinessService` does, for the API.
 */
export class DefaultReadinessService
  implements ReadinessService, ReadinessPort
{
  private readonly clock: () => DateTime;
  private readonly refreshes = new Map<string, RefreshSlot>();
  private related?: { at: number; index: Promise<RelatedEntityIndex> };
  private readonly offeringLevel: ReadonlySet<string>;
  private readonly campaigns: ReadonlyMap<string, CampaignDefinition>;
  private readonly inputOptions: Parameters<typeof sweepInputsFingerprint>[1];

  private constructor(private readonly options: ReadinessServiceOptions) {
    this.clock = options.clock ?? (() => DateTime.utc());
    this.campaigns = new Map((options.campaigns ?? []).map(c => [c.id, c]));
    this.offeringLevel = new Set(
      options.checks.filter(c => c.offeringLevel).map(c => c.id),
    );
    this.inputOptions = {
      factProviders: options.factProviders,
      attestationValidities: [
        ...new Set(
          options.checks.flatMap(c =>
            c.attestation ? [c.attestation.validityDays] : [],
          ),
        ),
      ],
      salt: options.inputsSalt ?? '',
    };
  }

  static create(options: ReadinessServiceOptions): DefaultReadinessService {
    return new DefaultReadinessService(options);
  }

  get checkDefinitions(): EngineCheck[] {
    return this.options.checks;
  }

  /**
   * Evaluates every scored entity, a catalog page at a time. Each batch commits atomically; unchanged results are not
   * rewritten; results of entities no longer scored are removed. When nothing a result depends on changed since the
   * last full sweep (see {@link sweepInputsFingerprint} and {@link readCatalogInputs}), evaluating is skipped and the
   * sweep only confirms the results.
   */
  async sweep(): Promise<SweepStats> {
    const { reader, store, logger } = this.options;
    const started = this.clock();
    const phases = new SweepPhases();
    const [catalog, evidence, last] = await phases.time('inputs', () =>
      Promise.all([
        readCatalogInputs({
          reader,
          store,
          signal: this.options.catalogSignal,
        }),
        this.options.evidence.load(started),
        store.lastFullSweep(),
      ]),
    );
    const inputs = await sweepInputsFingerprint(
      { catalog: catalog.lines, evidence, now: started },
      this.inputOptions,
    );
    if (
      inputs &&
      last?.inputs === inputs &&
      started.toMillis() - Date.parse(last.startedAt) < FULL_SWEEP_EVERY_MS &&
      (await catalog.storedMatch())
    ) {
      return this.confirm(started, last.startedAt, catalog.source);
    }

    const previous =
      catalog.previous ??
      (await phases.time('inputs', () => store.loadStates()));
    const index = RelatedEntityIndex.fromEntities(
      await phases.time('catalog', () => reader.readRelated()),
    );
    this.related = { at: Date.now(), index: Promise.resolve(index) };
    let changed = 0;
    const present = new Set<string>();
    const regressions: Regression[] = [];
    const members: Member[] = [];
    const memberships: CampaignMemberRow[] = [];
    for await (const page of phases.timePages(reader.scoredPages())) {
      const facts = await phases.time('facts', () => this.gatherFacts(page));
      for (let i = 0; i < page.length; i += BATCH_SIZE) {
        const evaluating = Date.now();
        const rows = this.evaluateBatch(
          page.slice(i, i + BATCH_SIZE),
          { index, facts, ...evidence },
          previous,
          started,
          { members, memberships },
        );
        phases.add('evaluate', Date.now() - evaluating);
        const written = await phases.time('write', () =>
          store.saveBatch(rows, previous),
        );
        changed += written.size;
        for (const row of rows.filter(r => written.has(r.result.entityRef))) {
          const before = previous.get(row.result.entityRef);
          if (
            before?.verdict === 'ready' &&
            row.result.verdict === 'not-ready'
          ) {
            regressions.push({ result: row.result, ownerRef: row.ownerRef });
          }
        }
      }
      page.forEach(entity => present.add(entityKey(entity)));
    }

    const gone = [...previous.keys()].filter(ref => !present.has(ref));
    await phases.time('write', () => store.remove(gone, started.toISO()!));
    const rollingUp = Date.now();
    // The components' results are saved by now: a failing roll-up stage is logged and must not keep the sweep from
    // confirming them (the roll-ups stay as the last sweep left them, and the next sweep evaluates in full again).
    let complete = true;
    const rolledUp = await this.rollUp(members, index, started).catch(error => {
      logger.error(`SMO roll-ups were not updated: ${error}`);
      complete = false;
      return 0;
    });
    await this.options.campaignMembers?.replaceAll(memberships).catch(error => {
      logger.error(`SMO campaign progress was not updated: ${error}`);
      complete = false;
    });
    phases.add('roll-ups', Date.now() - rollingUp);
    const finished = this.clock();
    await store.recordSweep({
      startedAt: started.toISO()!,
      finishedAt: finished.toISO()!,
      evaluated: present.size,
      changed,
      removed: gone.length,
      inputs: complete ? inputs : undefined,
    });
    if (regressions.length > 0) {
      await this.options.onRegressions?.(regressions);
    }
    const durationMs = finished.toMillis() - started.toMillis();
    logger.info(
      `SMO readiness sweep: ${present.size} evaluated, ${changed} changed, ${gone.length} removed, ${rolledUp} roll-ups changed in ${durationMs} ms (${phases})`,
    );
    return {
      evaluated: present.size,
      changed,
      removed: gone.length,
      durationMs,
    };
  }

  /** A sweep that found its inputs as the last full one left them: every stored result stands, confirmed now. */
  private async confirm(
    started: DateTime,
    since: string,
    source: CatalogInputs['source'],
  ): Promise<SweepStats> {
    const finished = this.clock();
    await this.options.store.recordSweep({
      startedAt: started.toISO()!,
      finishedAt: finished.toISO()!,
      evaluated: 0,
      changed: 0,
      removed: 0,
    });
    const durationMs = finished.toMillis() - started.toMillis();
    this.options.logger.info(
      `SMO readiness sweep: 0 evaluated, 0 changed, 0 removed, 0 roll-ups changed in ${durationMs} ms (inputs unchanged since the full sweep of ${since}; catalog told by its ${
        source === 'signal' ? 'change signal' : 'etags'
      })`,
    );
    return { evaluated: 0, changed: 0, removed: 0, durationMs };
  }

  /**
   * Throws the NotFoundError of {@link DefaultReadinessService.refresh} when the entity is not scored (not in the
   * catalog, or outside `smo.readiness.entityFilter`): mutations check this before they write, so a request never
   * stores evidence and then fails.
   */
  async assertScored(entityRef: string): Promise<void> {
    await this.scoredEntity(parseEntityRef(entityRef));
  }

  evaluate(entityRef: string): Promise<ReadinessResult> {
    return this.refresh(parseEntityRef(entityRef));
  }

  async evidenceChanged(entityRef: string): Promise<void> {
    await this.evaluate(entityRef);
  }

  /**
   * Re-evaluates one entity now and stores the result. Calls for an entity that is being refreshed share one
   * follow-up refresh, started when the running one ends: each caller's result reflects everything written before
   * its call (new evidence, say), and a burst of calls costs at most two evaluations.
   */
  refresh(ref: EntityRefParts): Promise<ReadinessResult> {
    const key = keyOf(ref);
    const slot = this.refreshes.get(key);
    if (!slot) return this.startRefresh(key, ref);
    slot.queued ??= slot.running
      .catch(() => undefined)
      .then(() => this.startRefresh(key, ref));
    return slot.queued;
  }

  private startRefresh(key: string, ref: EntityRefParts) {
    const slot: RefreshSlot = { running: this.evaluateNow(ref) };
    this.refreshes.set(key, slot);
    slot.running
      .finally(() => {
        // The queued refresh, if any, takes the slot over when it starts.
        if (this.refreshes.get(key) === slot && !slot.queued) {
          this.refreshes.delete(key);
        }
      })
      .catch(() => undefined); // the caller handles the failure
    return slot.running;
  }

  private async evaluateNow(ref: EntityRefParts): Promise<ReadinessResult> {
    const { store } = this.options;
    const entity = await this.scoredEntity(ref);
    const key = entityKey(entity);
    const now = this.clock();
    const [index, evidence, before] = await Promise.all([
      this.relatedIndex(),
      this.options.evidence.load(now, [key]),
      store.loadState(key),
    ]);
    const context = {
      index,
      facts: await this.gatherFacts([entity]),
      ...evidence,
    };
    // Always written (empty `previous`): a refresh is an explicit request to evaluate now.
    const memberships: CampaignMemberRow[] = [];
    const [row] = this.evaluateBatch([entity], context, new Map(), now, {
      memberships,
    });
    await store.saveBatch([row], new Map(before ? [[key, before]] : []));
    await this.options.campaignMembers?.replaceFor(key, memberships);
    return row.result;
  }

  /** The stored result, evaluating on first request for scored entities not yet swept. */
  async get(ref: EntityRefParts): Promise<ReadinessResult> {
    return (await this.stored(keyOf(ref))) ?? this.refresh(ref);
  }

  /** The result as recorded at `asOf` (ISO); a NotFoundError when the entity was not scored then. */
  async getAt(ref: EntityRefParts, asOf: string): Promise<ReadinessResult> {
    const entityRef = keyOf(ref);
    const result = await this.options.store.getAt(entityRef, asOf);
    if (!result) {
      throw new NotFoundError(
        `No readiness of ${entityRef} was recorded by ${asOf}`,
      );
    }
    return result;
  }

  /** The stored result as it is, without asking the catalog. */
  stored(entityRef: string): Promise<ReadinessResult | undefined> {
    return this.options.store.get(refKey(entityRef));
  }

  /**
   * A page of the portfolio. With `only`, just those refs count, the page and the total alike (for a caller whose
   * catalog read permission is conditional).
   */
  async list(
    query: ReadinessQuery & { only?: ReadonlySet<string>; asOf?: string },
  ): Promise<ReadinessPage> {
    const { only, asOf, ...filter } = query;
    if (asOf) {
      if (filter.owner || filter.system) {
        throw new InputError(
          'owner and system cannot be combined with asOf: a past result does not record them',
        );
      }
      return this.options.store.listAt(
        { ...filter, offering: maybeKey(filter.offering) },
        asOfInstant(asOf),
        only,
      );
    }
    return this.options.store.list(
      {
        ...filter,
        owner: maybeKey(filter.owner),
        system: maybeKey(filter.system),
        offering: maybeKey(filter.offering),
      },
      only,
    );
  }

  async history(
    ref: EntityRefParts,
  ): Promise<{ entityRef: string; items: HistoryPoint[] }> {
    const entityRef = keyOf(ref);
    return { entityRef, items: await this.options.store.history(entityRef) };
  }

  /** Drops history recorded before `before` (an ISO date-time); returns how many rows went. */
  pruneHistory(before: string): Promise<number> {
    return this.options.store.prune(before);
  }

  /** The related-entity index, read at most once per {@link RELATED_WINDOW_MS} (a failed read is not kept). */
  private relatedIndex(): Promise<RelatedEntityIndex> {
    if (!this.related || Date.now() - this.related.at > RELATED_WINDOW_MS) {
      const index = this.options.reader
        .readRelated()
        .then(entities => RelatedEntityIndex.fromEntities(entities));
      const cached = { at: Date.now(), index };
      this.related = cached;
      index.catch(() => {
        if (this.related === cached) this.related = undefined;
      });
    }
    return this.related.index;
  }

  private async scoredEntity(ref: EntityRefParts): Promise<Entity> {
    const entity = await this.options.reader.readScoredOne(ref);
    if (!entity) {
      throw new NotFoundError(
        `${ref.kind}:${ref.namespace}/${ref.name} is not a scored entity in the catalog`,
      );
    }
    return entity;
  }

  private evaluateBatch(
    entities: Entity[],
    context: {
      index: RelatedEntityIndex;
      facts: Map<string, Record<string, unknown>>;
      attestations: Map<string, Attestation[]>;
      waivers: Map<string, Waiver[]>;
    },
    previous: Map<string, StoredState>,
    now: DateTime,
    collect: { members?: Member[]; memberships?: CampaignMemberRow[] } = {},
  ): ReadinessRow[] {
    const rows: ReadinessRow[] = [];
    for (const entity of entities) {
      const key = entityKey(entity);
      const result = evaluateEntity(
        entity,
        context.index,
        {
          attestations: context.attestations.get(key) ?? [],
          waivers: context.waivers.get(key) ?? [],
          facts: context.facts.get(key) ?? {},
        },
        this.options.checks,
        now,
        this.options,
      );
      const where = {
        title: entity.metadata.title,
        ownerRef: maybeKey(
          entity.relations?.find(r => r.type === 'ownedBy')?.targetRef,
        ),
        systemRef: maybeKey(
          entity.relations?.find(
            r => r.type === 'partOf' && r.targetRef.startsWith('system:'),
          )?.targetRef,
        ),
      };
      collect.members?.push(
        memberOf(entity, result, where, this.offeringLevel),
      );
      collect.memberships?.push(
        ...campaignMembers(
          result,
          where.ownerRef,
          this.campaigns,
          now.toJSDate(),
        ),
      );
      const print = fingerprint(result, where);
      if (previous.get(key)?.fingerprint === print) continue;
      rows.push({ result, fingerprint: print, ...where });
    }
    return rows;
  }

  /**
   * The sweep's last stage: records the standard when it changed, evaluates each offering's own checks once and
   * replaces the roll-ups with those of the components just evaluated. Returns how many roll-ups changed.
   */
  private async rollUp(
    members: Member[],
    index: RelatedEntityIndex,
    now: DateTime,
  ): Promise<number> {
    const { rollups, standards, checks } = this.options;
    const at = now.toISO()!;
    await standards?.record(checks, at, this.options.campaigns);
    if (!rollups) return 0;
    const offerings = index.offerings();
    const facts = await this.gatherFacts(offerings);
    return rollups.replaceAll(
      computeRollups(
        members,
        offerings.map(entity => ({
          entity,
          own: evaluateOffering(
            entity,
            index,
            facts.get(entityKey(entity)) ?? {},
            checks,
            now,
          ),
        })),
        at,
      ),
    );
  }

  /** Runs fact providers before evaluation so that checks stay free of I/O. */
  private async gatherFacts(
    entities: Entity[],
  ): Promise<Map<string, Record<string, unknown>>> {
    const facts = new Map<string, Record<string, unknown>>();
    for (const provider of this.options.factProviders) {
      let provided: Map<string, unknown>;
      try {
        provided = await provider.retrieve(entities);
      } catch (error) {
        // Checks reading these facts report unknown; the rest of the sweep goes on.
        this.options.logger.warn(
          `SMO fact provider ${provider.id} failed: ${error}`,
        );
        continue;
      }
      for (const [ref, value] of provided) {
        const key = refKey(ref);
        facts.set(key, { ...facts.get(key), [provider.id]: value });
      }
    }
    return facts;
  }
}
