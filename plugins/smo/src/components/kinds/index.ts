import { componentOfferingsCard } from './component/extensions';
import { processOwnerDetailsCard } from './processOwner/extensions';
import {
  agreementDetailsCard,
  agreementOfferingsCard,
  agreementTargetsCard,
  agreementUnderpinnedByCard,
  agreementUnderpinsCard,
} from './serviceLevelAgreement/extensions';
import {
  serviceOfferingAgreementsCard,
  serviceOfferingComponentsCard,
  serviceOfferingDetailsCard,
  serviceOfferingProcessOwnersCard,
} from './serviceOffering/extensions';

export {
  agreementDetailsCard,
  agreementOfferingsCard,
  agreementTargetsCard,
  agreementUnderpinnedByCard,
  agreementUnderpinsCard,
  componentOfferingsCard,
  processOwnerDetailsCard,
  serviceOfferingAgreementsCard,
  serviceOfferingComponentsCard,
  serviceOfferingDetailsCard,
  serviceOfferingProcessOwnersCard,
};

/** The entity page cards for the SMO kinds and for Components, in page order. */
export const smoEntityCards = [
  serviceOfferingDetailsCard,
  serviceOfferingComponentsCard,
  serviceOfferingAgreementsCard,
  serviceOfferingProcessOwnersCard,
  agreementDetailsCard,
  agreementTargetsCard,
  agreementUnderpinnedByCard,
  agreementUnderpinsCard,
  agreementOfferingsCard,
  processOwnerDetailsCard,
  componentOfferingsCard,
];
