import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { SMO_KINDS } from '@smo-backstage/plugin-smo-common';

const filter = { kind: SMO_KINDS.serviceLevelAgreement };

/** `entity-card:smo/agreement-details` */
export const agreementDetailsCard = EntityCardBlueprint.make({
  name: 'agreement-details',
  params: {
    type: 'info',
    filter,
    loader: () =>
      import('./AgreementDetailsCard').then(m => <m.AgreementDetailsCard />),
  },
});

/** `entity-card:smo/agreement-targets` */
export const agreementTargetsCard = EntityCardBlueprint.make({
  name: 'agreement-targets',
  params: {
    filter,
    loader: () =>
      import('./AgreementTargetsCard').then(m => <m.AgreementTargetsCard />),
  },
});

/** `entity-card:smo/agreement-underpinned-by` */
export const agreementUnderpinnedByCard = EntityCardBlueprint.make({
  name: 'agreement-underpinned-by',
  params: {
    filter,
    loader: () =>
      import('./AgreementRelationsCards').then(m => (
        <m.AgreementUnderpinnedByCard />
      )),
  },
});

/** `entity-card:smo/agreement-underpins` — only OLAs and UCs underpin other agreements. */
export const agreementUnderpinsCard = EntityCardBlueprint.make({
  name: 'agreement-underpins',
  params: {
    filter: { ...filter, 'spec.type': { $in: ['ola', 'uc'] } },
    loader: () =>
      import('./AgreementRelationsCards').then(m => (
        <m.AgreementUnderpinsCard />
      )),
  },
});

/** `entity-card:smo/agreement-offerings` */
export const agreementOfferingsCard = EntityCardBlueprint.make({
  name: 'agreement-offerings',
  params: {
    filter,
    loader: () =>
      import('./AgreementRelationsCards').then(m => (
        <m.AgreementOfferingsCard />
      )),
  },
});
