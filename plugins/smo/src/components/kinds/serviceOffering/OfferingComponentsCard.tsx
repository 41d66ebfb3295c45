import { ComponentEntity } from '@backstage/catalog-model';
import { EntityTable } from '@backstage/plugin-catalog-react';
import { SMO_RELATIONS } from '@smo-backstage/plugin-smo-common';
import { RelatedEntitiesCard } from '../../common';

const columns = [
  EntityTable.columns.createEntityRefColumn<ComponentEntity>({
    defaultKind: 'component',
  }),
  EntityTable.columns.createOwnerColumn<ComponentEntity>(),
  EntityTable.columns.createSpecTypeColumn<ComponentEntity>(),
  EntityTable.columns.createSpecLifecycleColumn<ComponentEntity>(),
];

/** Components that deliver the offering, from its spec.components or their own annotation. */
export function OfferingComponentsCard() {
  return (
    <RelatedEntitiesCard<ComponentEntity>
      title="Delivering components"
      relationType={SMO_RELATIONS.deliveredBy}
      columns={columns}
      emptyMessage="No component delivers this offering. List them in spec.components, or annotate a component with smo.backstage.io/service-offering."
    />
  );
}
