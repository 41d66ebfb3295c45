import { Entity } from '@backstage/catalog-model';

/** The first of the given annotations that is set (non-blank) on the entity. */
export function firstAnnotation(
  entity: Entity,
  names: string[],
): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  return names.find(name => (annotations[name] ?? '').trim() !== '');
}

/** The first link of one of the given types. */
export function firstLink(entity: Entity, types: string[]) {
  return (entity.metadata.links ?? []).find(
    l => l.type && types.includes(l.type),
  );
}
