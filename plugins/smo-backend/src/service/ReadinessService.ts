import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import { SmoFactProvider } from '@smo-backstage/plugin-smo-node';
import { DateTime } from 'luxon';
import { CatalogReader } from '../catalog/CatalogReader';
import { RelatedEntityIndex } from '../catalog/RelatedEntityIndex';
import { entityKey, refKey } from '../catalog/refs';
import { EngineCheck } from '../engine/checks/types';
import { evaluateEntity, NO_EVIDENCE } from '../engine/evaluate';
import {
  ReadinessRow,
  ReadinessStore,
  StoredState,
} from '../store/ReadinessStore';
import { fingerprint } from './fingerprint';

const BATCH_SIZE = 500;

const maybeKey = (ref?: string) => (ref ? refKey(ref) : undefined);

export interface SweepStats {
  evaluated: number;
  changed: number;
  removed: number;
  durationMs: number;
}

/** Catalog snapshot → engine → store: the scheduled sweep, on-demand refresh and reads. */
export class ReadinessService {
  private constructor(
    private readonly reader: CatalogReader,
    private readonly store: ReadinessStore,
    private readonly checks: EngineCheck[],
    private readonly factProviders: SmoFactProvider[],
    private readonly logger: LoggerService,
    private readonly clock: () => DateTime,
  ) {}

  static create(options: {
    reader: CatalogReader;
    store: ReadinessStore;
    checks: EngineCheck[];
    factProviders: SmoFactProvider[];
    logger: LoggerService;
    clock?: () => DateTime;
  }): ReadinessService {
    return new ReadinessService(
      options.reader,
      options.store,
      options.checks,
      options.factProviders,
      options.logger,
      options.clock ?? (() => DateTime.utc()),
    );
  }

  get checkDefinitions(): EngineCheck[] {
    return this.checks;
  }

  /**
   * Evaluates every scored entity. Each batch commits atomically; unchanged results are not
   * rewritten; results of entities no longer scored are removed.
   */
  async sweep(): Promise<SweepStats> {
    const started = this.clock();
    const [scored, related, previous] = await Promise.all([
      this.reader.readScored(),
      this.reader.readRelated(),
      this.store.loadStates(),
    ]);
    const index = RelatedEntityIndex.fromEntities(related);
    const facts = await this.gatherFacts(scored);

    let changed = 0;
    for (let i = 0; i < scored.length; i += BATCH_SIZE) {
      const rows = this.evaluateBatch(
        scored.slice(i, i + BATCH_SIZE),
        index,
        facts,
        previous,
        started,
      );
      await this.store.saveBatch(rows, previous);
      changed += rows.length;
    }

    const present = new Set(scored.map(entityKey));
    const gone = [...previous.keys()].filter(ref => !present.has(ref));
    await this.store.remove(gone);
    const finished = this.clock();
    await this.store.recordSweep({
      startedAt: started.toISO()!,
      finishedAt: finished.toISO()!,
      evaluated: scored.length,
      changed,
      removed: gone.length,
    });
    const stats = {
      evaluated: scored.length,
      changed,
      removed: gone.length,
      durationMs: finished.toMillis() - started.toMillis(),
    };
    this.logger.info(
      `SMO readiness sweep: ${stats.evaluated} evaluated, ${changed} changed, ${gone.length} removed in ${stats.durationMs} ms`,
    );
    return stats;
  }

  /** Re-evaluates one entity now and stores the result. */
  async refresh(ref: {
    kind: string;
    namespace: string;
    name: string;
  }): Promise<ReadinessResult> {
    const entity = await this.reader.readScoredOne(ref);
    if (!entity) {
      throw new NotFoundError(
        `${ref.kind}:${ref.namespace}/${ref.name} is not a scored entity in the catalog`,
      );
    }
    const index = RelatedEntityIndex.fromEntities(
      await this.reader.readRelated(),
    );
    const facts = await this.gatherFacts([entity]);
    const key = entityKey(entity);
    const before = await this.store.loadState(key);
    const previous = new Map<string, StoredState>(
      before ? [[key, before]] : [],
    );
    // Always written: a refresh is an explicit request to evaluate now.
    const [row] = this.evaluateBatch(
      [entity],
      index,
      facts,
      new Map(),
      this.clock(),
    );
    await this.store.saveBatch([row], previous);
    return row.result;
  }

  /** The stored result, evaluating on first request for scored entities not yet swept. */
  async get(ref: {
    kind: string;
    namespace: string;
    name: string;
  }): Promise<ReadinessResult> {
    const stored = await this.store.get(
      refKey(`${ref.kind}:${ref.namespace}/${ref.name}`),
    );
    return stored ?? this.refresh(ref);
  }

  private evaluateBatch(
    entities: Entity[],
    index: RelatedEntityIndex,
    facts: Map<string, Record<string, unknown>>,
    previous: Map<string, StoredState>,
    now: DateTime,
  ): ReadinessRow[] {
    const rows: ReadinessRow[] = [];
    for (const entity of entities) {
      const key = entityKey(entity);
      const result = evaluateEntity(
        entity,
        index,
        { ...NO_EVIDENCE, facts: facts.get(key) ?? {} },
        this.checks,
        now,
      );
      const print = fingerprint(result);
      if (previous.get(key)?.fingerprint === print) continue;
      rows.push({
        result,
        fingerprint: print,
        ownerRef: maybeKey(
          entity.relations?.find(r => r.type === 'ownedBy')?.targetRef,
        ),
        systemRef: maybeKey(
          entity.relations?.find(
            r => r.type === 'partOf' && r.targetRef.startsWith('system:'),
          )?.targetRef,
        ),
      });
    }
    return rows;
  }

  /** Runs fact providers before evaluation so that checks stay free of I/O. */
  private async gatherFacts(
    entities: Entity[],
  ): Promise<Map<string, Record<string, unknown>>> {
    const facts = new Map<string, Record<string, unknown>>();
    for (const provider of this.factProviders) {
      let provided: Map<string, unknown>;
      try {
        provided = await provider.retrieve(entities);
      } catch (error) {
        // Checks reading these facts report unknown; the rest of the sweep goes on.
        this.logger.warn(`SMO fact provider ${provider.id} failed: ${error}`);
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
