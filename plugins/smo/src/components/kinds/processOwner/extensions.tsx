import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { SMO_KINDS } from '@smo-backstage/plugin-smo-common';

/** `entity-card:smo/process-owner-details` */
export const processOwnerDetailsCard = EntityCardBlueprint.make({
  name: 'process-owner-details',
  params: {
    type: 'info',
    filter: { kind: SMO_KINDS.processOwner },
    loader: () =>
      import('./ProcessOwnerDetailsCard').then(m => (
        <m.ProcessOwnerDetailsCard />
      )),
  },
});
