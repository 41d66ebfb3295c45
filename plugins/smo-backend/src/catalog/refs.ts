import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * Canonical, case-insensitive key of an entity ref (the catalog compares refs case-insensitively).
 * Entity names, namespaces and kinds are ASCII, so plain lower-casing matches the catalog's
 * `toLocaleLowerCase('en-US')` and is several times faster on the engine's hot path.
 */
export function refKey(ref: string): string {
  return ref.toLowerCase();
}

/** The canonical key of an entity. */
export function entityKey(entity: Entity): string {
  return refKey(stringifyEntityRef(entity));
}

/**
 * Resolves a possibly short ref (`name`, `namespace/name`, `kind:name`) with Backstage's rules,
 * or returns undefined when it cannot be parsed.
 */
export function resolveRef(
  ref: unknown,
  defaults: { defaultKind?: string; defaultNamespace?: string },
): string | undefined {
  if (typeof ref !== 'string' || !ref) return undefined;
  try {
    return refKey(stringifyEntityRef(parseEntityRef(ref, defaults)));
  } catch {
    return undefined;
  }
}

/** Keys of the targets of an entity's relations of one type. */
export function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => refKey(r.targetRef));
}
