import { Entity } from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
} from '@backstage/plugin-catalog-node';
import { emitRelations } from './relations/emitRelations';
import { validateSmoEntity } from './validation/validateSmoEntity';

/**
 * Teaches the catalog the SMO kinds (ServiceOffering, ServiceLevelAgreement, ProcessOwner):
 * validates them against their schemas and semantic rules, and emits their relations both ways,
 * including `delivers`/`deliveredBy` for Components that claim offerings by annotation.
 *
 * @public
 */
export class SmoEntitiesProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'SmoEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    return validateSmoEntity(entity);
  }

  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    emitRelations(entity, location, emit);
    return entity;
  }
}
