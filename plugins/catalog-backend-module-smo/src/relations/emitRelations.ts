import {
  Entity,
  getCompoundEntityRef,
  isComponentEntity,
} from '@backstage/catalog-model';
import {
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { SMO_API_VERSION } from '@smo-backstage/plugin-smo-common';
import { describeEntity } from '../validation/problems';
import {
  COMPONENT_OFFERING_ANNOTATION,
  RefField,
  SMO_REF_FIELDS,
} from './refFields';
import { resolveRefs } from './resolveRefs';

function refFieldsOf(entity: Entity): readonly RefField[] {
  if (entity.apiVersion === SMO_API_VERSION) {
    return SMO_REF_FIELDS[entity.kind] ?? [];
  }
  return isComponentEntity(entity) ? [COMPONENT_OFFERING_ANNOTATION] : [];
}

/**
 * Emits every relation the entity's ref fields define, in both directions. A ref that does not
 * resolve (only possible in a Component's annotation: SMO kinds were validated before) becomes a
 * processing error on the entity.
 */
export function emitRelations(
  entity: Entity,
  location: LocationSpec,
  emit: CatalogProcessorEmit,
): void {
  const self = getCompoundEntityRef(entity);
  for (const refField of refFieldsOf(entity)) {
    for (const resolved of resolveRefs(entity, refField)) {
      if ('problem' in resolved) {
        const { field, message } = resolved.problem;
        emit(
          processingResult.inputError(
            location,
            `${describeEntity(entity)}: ${field} ${message}`,
          ),
        );
      } else if (refField.relation) {
        const { outgoing, incoming } = refField.relation;
        emit(
          processingResult.relation({
            source: self,
            type: outgoing,
            target: resolved.target,
          }),
        );
        emit(
          processingResult.relation({
            source: resolved.target,
            type: incoming,
            target: self,
          }),
        );
      }
    }
  }
}
