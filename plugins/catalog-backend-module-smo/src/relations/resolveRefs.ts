import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import { Problem, showValue } from '../validation/problems';
import { RefField } from './refFields';

/** A ref of a field resolved to an entity, or the problem that kept it from resolving. */
export type ResolvedRef = { target: CompoundEntityRef } | { problem: Problem };

function describeKinds(kinds: readonly string[]): string {
  return kinds.length === 1
    ? kinds[0]
    : `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`;
}

function resolveOne(
  ref: string,
  field: string,
  refField: RefField,
  defaultNamespace: string,
): ResolvedRef {
  const fail = (message: string): ResolvedRef => ({
    problem: { field, message: `${showValue(ref)} ${message}` },
  });
  if (!refField.defaultKind && !/^[^:/]+:/.test(ref)) {
    const kinds = refField.allowedKinds.map(k => `${k.toLowerCase()}:`);
    return fail(`must start with its kind, one of ${kinds.join(', ')}`);
  }
  let parsed: CompoundEntityRef;
  try {
    parsed = parseEntityRef(ref, {
      defaultKind: refField.defaultKind,
      defaultNamespace,
    });
  } catch (error) {
    return fail(`is not a valid entity ref (${(error as Error).message})`);
  }
  const kind = refField.allowedKinds.find(
    k => k.toLowerCase() === parsed.kind.toLowerCase(),
  );
  if (!kind) {
    return fail(
      `must refer to a ${describeKinds(refField.allowedKinds)}, not kind ${
        parsed.kind
      }`,
    );
  }
  // Canonical kind spelling, so `group:x` and `Group:x` produce the same relation.
  return { target: { ...parsed, kind } };
}

/** Resolves every ref of a field: short refs get the field's default kind and the entity's namespace. */
export function resolveRefs(entity: Entity, refField: RefField): ResolvedRef[] {
  const value = refField.read(entity);
  if (value === undefined) return [];
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  if (typeof value === 'string') {
    return [resolveOne(value, refField.field, refField, namespace)];
  }
  return value.map((ref, i) =>
    resolveOne(ref, `${refField.field}[${i}]`, refField, namespace),
  );
}
