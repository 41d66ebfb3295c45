import {
  SMO_RELATIONS,
  isServiceLevelAgreementEntity,
  isServiceOfferingEntity,
} from '@smo-backstage/plugin-smo-common';
import { relatedEntitiesCard } from '../../common';
import { offeringColumns } from '../serviceOffering/offeringColumns';
import { agreementColumns } from './agreementColumns';

/** The agreements this one relates to through `relationType`, and whether each is in force. */
export function relatedAgreementsCard(
  title: string,
  relationType: string,
  emptyMessage: string,
) {
  return relatedEntitiesCard({
    title,
    relationType,
    emptyMessage,
    select: isServiceLevelAgreementEntity,
    columns: agreementColumns,
  });
}

/** The OLAs and UCs this agreement relies on, and whether each is in force. */
export const AgreementUnderpinnedByCard = relatedAgreementsCard(
  'Underpinned by',
  SMO_RELATIONS.underpinnedBy,
  'No OLA or underpinning contract backs this agreement. List them in spec.underpinnedBy.',
);

/** The agreements that rely on this OLA or UC. */
export const AgreementUnderpinsCard = relatedAgreementsCard(
  'Underpins',
  SMO_RELATIONS.underpins,
  'No agreement relies on this one.',
);

/** The offerings this agreement governs. */
export const AgreementOfferingsCard = relatedEntitiesCard({
  title: 'Governed offerings',
  relationType: SMO_RELATIONS.governs,
  select: isServiceOfferingEntity,
  columns: offeringColumns,
  emptyMessage:
    'No offering lists this agreement in spec.serviceLevelAgreements.',
});
