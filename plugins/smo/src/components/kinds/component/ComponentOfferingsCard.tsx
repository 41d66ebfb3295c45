import { useEntity } from '@backstage/plugin-catalog-react';
import {
  SMO_RELATIONS,
  ServiceOfferingEntity,
  isServiceOfferingEntity,
} from '@smo-backstage/plugin-smo-common';
import { claimColumn, RelatedEntitiesCard } from '../../common';
import { offeringColumns } from '../serviceOffering/offeringColumns';

/**
 * The offerings this component delivers; the tiers of those whose claim it confirms set how strictly its readiness is
 * judged.
 */
export function ComponentOfferingsCard() {
  const { entity: component } = useEntity();
  return (
    <RelatedEntitiesCard<ServiceOfferingEntity>
      title="Service offerings"
      relationType={SMO_RELATIONS.delivers}
      select={isServiceOfferingEntity}
      columns={[
        ...offeringColumns,
        claimColumn<ServiceOfferingEntity>(offering => ({
          component,
          offering,
        })),
      ]}
      emptyMessage="This component delivers no service offering. Add it to an offering's spec.components, or annotate it with smo.backstage.io/service-offering."
    />
  );
}
