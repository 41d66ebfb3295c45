import { InputError } from '@backstage/errors';
import { DEFAULT_NAMESPACE, Entity } from '@backstage/catalog-model';

/** One thing wrong with an entity: the field (e.g. `spec.targets[1].target`) and what is wrong with it. */
export type Problem = {
  field: string;
  message: string;
};

/** How error messages name an entity, e.g. `ServiceLevelAgreement default/payments-gold`. */
export function describeEntity(entity: Entity): string {
  const namespace = entity.metadata?.namespace ?? DEFAULT_NAMESPACE;
  return `${entity.kind} ${namespace}/${entity.metadata?.name}`;
}

/** Renders a field value for a message: strings quoted, everything else as JSON. */
export function showValue(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** The entity is not a valid SMO entity; the catalog records it as a processing error. */
export class InvalidSmoEntityError extends InputError {
  readonly problems: Problem[];

  constructor(entity: Entity, problems: Problem[]) {
    super(
      `${describeEntity(entity)}: ${problems
        .map(p => `${p.field} ${p.message}`)
        .join('; ')}`,
    );
    this.problems = problems;
  }
}
