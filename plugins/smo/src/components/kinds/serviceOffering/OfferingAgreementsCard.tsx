import {
  SMO_RELATIONS,
  ServiceLevelAgreementEntity,
  isServiceLevelAgreementEntity,
} from '@smo-backstage/plugin-smo-common';
import { RelatedEntitiesCard } from '../../common';
import { agreementColumns } from '../serviceLevelAgreement/agreementColumns';

/** The agreements that govern the offering, whether each is in force, and their P1–P4 targets. */
export function OfferingAgreementsCard() {
  return (
    <RelatedEntitiesCard<ServiceLevelAgreementEntity>
      title="Service level agreements"
      relationType={SMO_RELATIONS.governedBy}
      select={isServiceLevelAgreementEntity}
      columns={agreementColumns}
      emptyMessage="No agreement governs this offering. List its SLA in spec.serviceLevelAgreements."
    />
  );
}
