import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/** `entity-card:smo/component-offerings` */
export const componentOfferingsCard = EntityCardBlueprint.make({
  name: 'component-offerings',
  params: {
    filter: { kind: 'Component' },
    loader: () =>
      import('./ComponentOfferingsCard').then(m => (
        <m.ComponentOfferingsCard />
      )),
  },
});
