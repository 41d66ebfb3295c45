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

/**
 * In-memory lookup of the catalog entities checks read about (offerings, agreements, process owners,
 * groups, users, systems, domains), keyed by canonical ref. Built once per sweep so checks do no I/O.
 */
export class RelatedEntityIndex {
  private readonly byRef = new Map<string, Entity>();
  private readonly windows = new Map<string, AgreementWindow>();
  /** Process owners with the refs their scope names; an empty set means organisation-wide. */
  readonly processOwners: { entity: ProcessOwnerEntity; scope: Set<string> }[] =
    [];

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
      this.processOwners.push({ entity, scope });
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

  agreementWindow(key: string): AgreementWindow {
    return this.windows.get(key) ?? {};
  }
}

function parseDate(value: unknown): DateTime | undefined {
  if (typeof value !== 'string') return undefined;
  const date = DateTime.fromISO(value, { zone: 'utc' });
  return date.isValid ? date : undefined;
}
