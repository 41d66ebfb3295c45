import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { SMO_KINDS } from '@smo-backstage/plugin-smo-common';

const filter = { kind: SMO_KINDS.serviceOffering };

/** `entity-card:smo/service-offering-details` */
export const serviceOfferingDetailsCard = EntityCardBlueprint.make({
  name: 'service-offering-details',
  params: {
    type: 'info',
    filter,
    loader: () =>
      import('./OfferingDetailsCard').then(m => <m.OfferingDetailsCard />),
  },
});

/** `entity-card:smo/service-offering-components` */
export const serviceOfferingComponentsCard = EntityCardBlueprint.make({
  name: 'service-offering-components',
  params: {
    filter,
    loader: () =>
      import('./OfferingComponentsCard').then(m => (
        <m.OfferingComponentsCard />
      )),
  },
});

/** `entity-card:smo/service-offering-agreements` */
export const serviceOfferingAgreementsCard = EntityCardBlueprint.make({
  name: 'service-offering-agreements',
  params: {
    filter,
    loader: () =>
      import('./OfferingAgreementsCard').then(m => (
        <m.OfferingAgreementsCard />
      )),
  },
});

/** `entity-card:smo/service-offering-process-owners` */
export const serviceOfferingProcessOwnersCard = EntityCardBlueprint.make({
  name: 'service-offering-process-owners',
  params: {
    filter,
    loader: () =>
      import('./OfferingProcessOwnersCard').then(m => (
        <m.OfferingProcessOwnersCard />
      )),
  },
});
