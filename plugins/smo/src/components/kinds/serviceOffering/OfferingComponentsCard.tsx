import { ComponentEntity } from '@backstage/catalog-model';
import { EntityTable, useEntity } from '@backstage/plugin-catalog-react';
import { SMO_RELATIONS } from '@smo-backstage/plugin-smo-common';
import { claimColumn, RelatedEntitiesCard } from '../../common';

/** Components that deliver the offering, from its spec.components or their own annotation, with whether they confirm it. */
export function OfferingComponentsCard() {
  const { entity: offering } = useEntity();
  const columns = [
    EntityTable.columns.createEntityRefColumn<ComponentEntity>({
      defaultKind: 'component',
    }),
    EntityTable.columns.createOwnerColumn<ComponentEntity>(),
    EntityTable.columns.createSpecTypeColumn<ComponentEntity>(),
    EntityTable.columns.createSpecLifecycleColumn<ComponentEntity>(),
    claimColumn<ComponentEntity>(component => ({ component, offering })),
  ];
  return (
    <RelatedEntitiesCard<ComponentEntity>
      title="Delivering components"
      relationType={SMO_RELATIONS.deliveredBy}
      columns={columns}
      emptyMessage="No component delivers this offering. List them in spec.components, or annotate a component with smo.backstage.io/service-offering."
    />
  );
}
