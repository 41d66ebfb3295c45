import {
  SMO_RELATIONS,
  ServiceLevelAgreementEntity,
  ServiceOfferingEntity,
  isServiceLevelAgreementEntity,
  isServiceOfferingEntity,
} from '@smo-backstage/plugin-smo-common';
import { RelatedEntitiesCard } from '../../common';
import { offeringColumns } from '../serviceOffering/offeringColumns';
import { agreementColumns } from './agreementColumns';

/** The OLAs and UCs this agreement relies on, and whether each is in force. */
export function AgreementUnderpinnedByCard() {
  return (
    <RelatedEntitiesCard<ServiceLevelAgreementEntity>
      title="Underpinned by"
      relationType={SMO_RELATIONS.underpinnedBy}
      select={isServiceLevelAgreementEntity}
      columns={agreementColumns}
      emptyMessage="No OLA or underpinning contract backs this agreement. List them in spec.underpinnedBy."
    />
  );
}

/** The agreements that rely on this OLA or UC. */
export function AgreementUnderpinsCard() {
  return (
    <RelatedEntitiesCard<ServiceLevelAgreementEntity>
      title="Underpins"
      relationType={SMO_RELATIONS.underpins}
      select={isServiceLevelAgreementEntity}
      columns={agreementColumns}
      emptyMessage="No agreement relies on this one."
    />
  );
}

/** The offerings this agreement governs. */
export function AgreementOfferingsCard() {
  return (
    <RelatedEntitiesCard<ServiceOfferingEntity>
      title="Governed offerings"
      relationType={SMO_RELATIONS.governs}
      select={isServiceOfferingEntity}
      columns={offeringColumns}
      emptyMessage="No offering lists this agreement in spec.serviceLevelAgreements."
    />
  );
}
