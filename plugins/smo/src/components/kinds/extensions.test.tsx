import { screen } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  agreementUnderpinsCard,
  componentOfferingsCard,
  processOwnerDetailsCard,
  serviceOfferingAgreementsCard,
  serviceOfferingDetailsCard,
} from '.';
import {
  checkoutSla,
  checkoutWeb,
  incidentOwner,
  onlineCheckout,
  platformOla,
  portfolio,
} from './__testUtils__/fixtures';
import { freezeToday } from './__testUtils__/freezeToday';

/** Whether the catalog would put `card` on `entity`'s page, by the filter the card declares. */
function showsOn(card: ExtensionDefinition<any>, entity: Entity): boolean {
  // The tester cannot infer outputs for an arbitrary card, so the data ref's type is restated here.
  const filter = createExtensionTester(card).get(
    EntityCardBlueprint.dataRefs.filterFunction,
  ) as ((subject: Entity) => boolean) | undefined;
  return filter !== undefined && filter(entity);
}

describe('SMO entity cards', () => {
  freezeToday('2026-11-23T12:00:00Z');

  it('show only on the kind they describe', () => {
    expect(showsOn(serviceOfferingDetailsCard, onlineCheckout)).toBe(true);
    expect(showsOn(serviceOfferingDetailsCard, checkoutSla)).toBe(false);
    expect(showsOn(processOwnerDetailsCard, incidentOwner)).toBe(true);
    expect(showsOn(componentOfferingsCard, checkoutWeb)).toBe(true);
    expect(showsOn(componentOfferingsCard, onlineCheckout)).toBe(false);
  });

  it('show "underpins" only for OLAs and UCs', () => {
    expect(showsOn(agreementUnderpinsCard, platformOla)).toBe(true);
    expect(showsOn(agreementUnderpinsCard, checkoutSla)).toBe(false);
  });

  it('put the about-style cards in the info column', () => {
    expect(
      createExtensionTester(serviceOfferingDetailsCard).get(
        EntityCardBlueprint.dataRefs.type,
      ),
    ).toBe('info');
  });

  it('render on an entity page of the new frontend system', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: onlineCheckout }),
        serviceOfferingDetailsCard,
        serviceOfferingAgreementsCard,
      ],
      apis: [[catalogApiRef, catalogApiMock({ entities: portfolio })]],
    });
    expect(await screen.findByText('Business service')).toBeInTheDocument();
    expect(await screen.findByText('sla-online-checkout')).toBeInTheDocument();
    expect(screen.getByText('In force')).toBeInTheDocument();
  });
});
