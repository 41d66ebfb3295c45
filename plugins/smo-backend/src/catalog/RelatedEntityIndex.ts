import { Entity } from '@backstage/catalog-model';
import {
  isProcessOwnerEntity,
  isServiceLevelAgreementEntity,
  isServiceOfferingEntity,
  ProcessOwnerEntity,
  ServiceLevelAgreementEntity,
  ServiceOfferingEntity,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { SMO_RELATIONS } from '@smo-backstage/plugin-smo-common';
import { entityKey, refKey, relationTargets, resolveRef } from './refs';

/** Validity window of an agreement, parsed once. */
export interface AgreementWindow {
  from?: DateTime;
  until?: DateTime;
}

/** A process owner with its key and the refs its scope names; an empty scope means organisation-wide. */
export interface ProcessOwnerEntry {
  entity: ProcessOwnerEntity;
  key: string;
  scope: Set<string>;
}

/**
 * In-memory lookup of the catalog entities checks read about (offerings, agreements, process owners,
 * groups, users, systems, domains), keyed by canonical ref. Built once per sweep so checks do no I/O.
 */
export class RelatedEntityIndex {
  private readonly byRef = new Map<string, Entity>();
  private readonly windows = new Map<string, AgreementWindow>();
  /** Every process owner, in catalog order. */
  readonly processOwners: ProcessOwnerEntry[] = [];
  /** Per ref, the process owners whose scope names it: an entity's few refs find them without testing each scope. */
  private readonly scoping = new Map<string, ProcessOwnerEntry[]>();
  private readonly derivations = new Map<unknown, Map<Entity, unknown>>();

  private constructor() {}

  static fromEntities(entities: Iterable<Entity>): RelatedEntityIndex {
    const index = new RelatedEntityIndex();
    for (const entity of entities) {
      index.add(entity);
    }
    return index;
  }

  private add(entity: Entity) {
    const key = entityKey(entity);
    this.byRef.set(key, entity);
    if (isProcessOwnerEntity(entity)) {
      // The catalog module emits processOwnerOf for each scope entry; spec.scope covers entities
      // read without relations (e.g. in tests or before the relation is stitched).
      const scope = new Set(
        relationTargets(entity, SMO_RELATIONS.processOwnerOf),
      );
      for (const ref of entity.spec.scope ?? []) {
        const scopeKey = resolveRef(ref, {
          defaultNamespace: entity.metadata.namespace,
        });
        if (scopeKey) scope.add(scopeKey);
      }
      const owner = { entity, key, scope };
      this.processOwners.push(owner);
      for (const ref of scope) {
        const owners = this.scoping.get(ref);
        if (owners) owners.push(owner);
        else this.scoping.set(ref, [owner]);
      }
    } else if (isServiceLevelAgreementEntity(entity)) {
      this.windows.set(key, {
        from: parseDate(entity.spec.validFrom)?.startOf('day'),
        until: parseDate(entity.spec.validUntil)?.endOf('day'),
      });
    }
  }

  get size(): number {
    return this.byRef.size;
  }

  get(key: string): Entity | undefined {
    return this.byRef.get(key);
  }

  /** True when the ref resolves to an entity of one of the given kinds (lower-case). */
  hasKind(key: string, kinds: string[]): boolean {
    const entity = this.byRef.get(key);
    return !!entity && kinds.includes(refKey(entity.kind));
  }

  /** The process owners whose scope names the ref. */
  processOwnersScoping(ref: string): readonly ProcessOwnerEntry[] {
    return this.scoping.get(ref) ?? [];
  }

  offering(key: string): ServiceOfferingEntity | undefined {
    const entity = this.byRef.get(key);
    return entity && isServiceOfferingEntity(entity) ? entity : undefined;
  }

  /** Every ServiceOffering in the index, in no particular order. */
  offerings(): ServiceOfferingEntity[] {
    return [...this.byRef.values()].filter(isServiceOfferingEntity);
  }

  agreement(key: string): ServiceLevelAgreementEntity | undefined {
    const entity = this.byRef.get(key);
    return entity && isServiceLevelAgreementEntity(entity) ? entity : undefined;
  }

  /**
   * `derive(entity, index)`, computed once per entity and index: what checks derive from an offering, agreement or
   * system (resolved refs, governing agreements) is the same for each of its components. `derive` must be pure and
   * defined once (it is the cache's key), not a closure made per call.
   */
  derived<E extends Entity, T>(
    entity: E,
    derive: (entity: E, index: RelatedEntityIndex) => T,
  ): T {
    let results = this.derivations.get(derive);
    if (!results) {
      results = new Map();
      this.derivations.set(derive, results);
    }
    if (!results.has(entity)) results.set(entity, derive(entity, this));
    return results.get(entity) as T;
  }

  agreementWindow(key: string): AgreementWindow {
    return this.windows.get(key) ?? {};
  }
}

function parseDate(value: unknown): DateTime | undefined {
  if (typeof value !== 'string') return undefined;
  const date = DateTime.fromISO(value, { zone: 'utc' });
  return date.isValid ? date : undefined;
}
