import {
  SMO_RELATIONS,
  ServiceOfferingEntity,
  isServiceOfferingEntity,
} from '@smo-backstage/plugin-smo-common';
import { RelatedEntitiesCard } from '../../common';
import { offeringColumns } from '../serviceOffering/offeringColumns';

/** The offerings this component delivers; their tiers set how strictly its readiness is judged. */
export function ComponentOfferingsCard() {
  return (
    <RelatedEntitiesCard<ServiceOfferingEntity>
      title="Service offerings"
      relationType={SMO_RELATIONS.delivers}
      select={isServiceOfferingEntity}
      columns={offeringColumns}
      emptyMessage="This component delivers no service offering. Add it to an offering's spec.components, or annotate it with smo.backstage.io/service-offering."
    />
  );
}
