import { SMO_RELATIONS } from '@smo-backstage/plugin-smo-common';
import { relatedAgreementsCard } from '../serviceLevelAgreement/AgreementRelationsCards';

/** The agreements that govern the offering, whether each is in force, and their P1–P4 targets. */
export const OfferingAgreementsCard = relatedAgreementsCard(
  'Service level agreements',
  SMO_RELATIONS.governedBy,
  'No agreement governs this offering. List its SLA in spec.serviceLevelAgreements.',
);
