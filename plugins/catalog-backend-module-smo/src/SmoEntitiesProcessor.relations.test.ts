import { Entity } from '@backstage/catalog-model';
import {
  CatalogProcessorResult,
  LocationSpec,
} from '@backstage/plugin-catalog-node';
import { SmoEntitiesProcessor } from './SmoEntitiesProcessor';
import {
  agreement,
  component,
  offering,
  patch,
  processOwner,
} from '@smo-backstage/plugin-smo-common/testUtils';

const location: LocationSpec = { type: 'file', target: '/catalog/smo.yaml' };

/** Runs postProcessEntity and returns what it emitted: relations as `source type target` strings, and errors. */
async function process(entity: Entity) {
  const results: CatalogProcessorResult[] = [];
  const returned = await new SmoEntitiesProcessor().postProcessEntity(
    entity,
    location,
    result => results.push(result),
  );
  expect(returned).toBe(entity);
  const relations: string[] = [];
  const errors: string[] = [];
  for (const result of results) {
    if (result.type === 'relation') {
      const { source: s, type, target: t } = result.relation;
      relations.push(
        `${s.kind}:${s.namespace}/${s.name} ${type} ${t.kind}:${t.namespace}/${t.name}`,
      );
    } else if (result.type === 'error') {
      errors.push(result.error.message);
    }
  }
  return { relations: relations.sort(), errors };
}

describe('SmoEntitiesProcessor.postProcessEntity', () => {
  it('emits every ServiceOffering relation both ways, short refs in the entity namespace', async () => {
    const { relations, errors } = await process(
      offering(
        'online-checkout',
        {
          components: ['checkout-web'],
          system: 'storefront',
          dependsOn: ['payment-processing'],
        },
        { namespace: 'retail' },
      ),
    );
    const self = 'ServiceOffering:retail/online-checkout';
    expect(errors).toEqual([]);
    expect(relations).toEqual(
      [
        `${self} ownedBy Group:retail/team-checkout`,
        `Group:retail/team-checkout ownerOf ${self}`,
        `${self} supportedBy Group:retail/service-desk`,
        `Group:retail/service-desk supports ${self}`,
        `${self} governedBy ServiceLevelAgreement:retail/sla-online-checkout`,
        `ServiceLevelAgreement:retail/sla-online-checkout governs ${self}`,
        `${self} deliveredBy Component:retail/checkout-web`,
        `Component:retail/checkout-web delivers ${self}`,
        `${self} partOf System:retail/storefront`,
        `System:retail/storefront hasPart ${self}`,
        `${self} dependsOn ServiceOffering:retail/payment-processing`,
        `ServiceOffering:retail/payment-processing dependencyOf ${self}`,
      ].sort(),
    );
  });

  it('resolves explicit refs into other namespaces and spells kinds canonically', async () => {
    const { relations } = await process(
      patch(offering(), {
        owner: 'user:people/jane',
        supportGroup: 'GROUP:ops/service-desk',
        serviceLevelAgreements: ['legal/sla-a', 'servicelevelagreement:sla-b'],
        components: ['component:platform/edge', 'web'],
        system: 'system:shared/storefront',
        dependsOn: ['serviceoffering:platform/hosting'],
        changeApprovalGroup: 'group:ops/cab',
      }),
    );
    const self = 'ServiceOffering:default/online-checkout';
    expect(relations).toEqual(
      [
        `${self} ownedBy User:people/jane`,
        `User:people/jane ownerOf ${self}`,
        `${self} supportedBy Group:ops/service-desk`,
        `Group:ops/service-desk supports ${self}`,
        `${self} governedBy ServiceLevelAgreement:legal/sla-a`,
        `ServiceLevelAgreement:legal/sla-a governs ${self}`,
        `${self} governedBy ServiceLevelAgreement:default/sla-b`,
        `ServiceLevelAgreement:default/sla-b governs ${self}`,
        `${self} deliveredBy Component:platform/edge`,
        `Component:platform/edge delivers ${self}`,
        `${self} deliveredBy Component:default/web`,
        `Component:default/web delivers ${self}`,
        `${self} partOf System:shared/storefront`,
        `System:shared/storefront hasPart ${self}`,
        `${self} dependsOn ServiceOffering:platform/hosting`,
        `ServiceOffering:platform/hosting dependencyOf ${self}`,
      ].sort(),
    );
  });

  it('emits no relation for the change approval group', async () => {
    const { relations } = await process(offering());
    expect(relations.filter(r => r.includes('Group:default/cab'))).toEqual([]);
  });

  it('emits the ServiceLevelAgreement relations both ways', async () => {
    const { relations } = await process(
      patch(
        agreement(),
        {
          underpinnedBy: [
            'ola-hosting',
            'servicelevelagreement:suppliers/uc-cloud',
          ],
        },
        { namespace: 'retail' },
      ),
    );
    const self = 'ServiceLevelAgreement:retail/sla-online-checkout';
    expect(relations).toEqual(
      [
        `${self} ownedBy Group:retail/smo`,
        `Group:retail/smo ownerOf ${self}`,
        `${self} underpinnedBy ServiceLevelAgreement:retail/ola-hosting`,
        `ServiceLevelAgreement:retail/ola-hosting underpins ${self}`,
        `${self} underpinnedBy ServiceLevelAgreement:suppliers/uc-cloud`,
        `ServiceLevelAgreement:suppliers/uc-cloud underpins ${self}`,
      ].sort(),
    );
  });

  it('emits the ProcessOwner relations both ways, the owner defaulting to a User', async () => {
    const { relations } = await process(
      patch(
        processOwner(),
        {
          scope: [
            'serviceoffering:online-checkout',
            'system:payments',
            'domain:corp/retail',
            'group:team-payments',
          ],
        },
        { namespace: 'itil' },
      ),
    );
    const self = 'ProcessOwner:itil/change-enablement';
    expect(relations).toEqual(
      [
        `${self} ownedBy User:itil/chloe.nguyen`,
        `User:itil/chloe.nguyen ownerOf ${self}`,
        `${self} processOwnerOf ServiceOffering:itil/online-checkout`,
        `ServiceOffering:itil/online-checkout hasProcessOwner ${self}`,
        `${self} processOwnerOf System:itil/payments`,
        `System:itil/payments hasProcessOwner ${self}`,
        `${self} processOwnerOf Domain:corp/retail`,
        `Domain:corp/retail hasProcessOwner ${self}`,
        `${self} processOwnerOf Group:itil/team-payments`,
        `Group:itil/team-payments hasProcessOwner ${self}`,
      ].sort(),
    );
  });

  it('takes a Group as ProcessOwner owner and emits nothing for managers or an empty scope', async () => {
    const { relations } = await process(
      patch(processOwner(), { owner: 'group:cab', scope: [] }),
    );
    const self = 'ProcessOwner:default/change-enablement';
    expect(relations).toEqual(
      [
        `${self} ownedBy Group:default/cab`,
        `Group:default/cab ownerOf ${self}`,
      ].sort(),
    );
  });

  it('links a Component to every offering its annotation names', async () => {
    const { relations, errors } = await process(
      patch(
        component(),
        {},
        {
          namespace: 'shop',
          annotations: {
            'smo.backstage.io/service-offering':
              'online-checkout, serviceoffering:platform/hosting ,loyalty',
          },
        },
      ),
    );
    const self = 'Component:shop/cart-service';
    expect(errors).toEqual([]);
    expect(relations).toEqual(
      [
        `${self} delivers ServiceOffering:shop/online-checkout`,
        `ServiceOffering:shop/online-checkout deliveredBy ${self}`,
        `${self} delivers ServiceOffering:platform/hosting`,
        `ServiceOffering:platform/hosting deliveredBy ${self}`,
        `${self} delivers ServiceOffering:shop/loyalty`,
        `ServiceOffering:shop/loyalty deliveredBy ${self}`,
      ].sort(),
    );
  });

  it('reports an annotation naming another kind as a processing error', async () => {
    const { relations, errors } = await process(
      patch(
        component(),
        {},
        {
          annotations: {
            'smo.backstage.io/service-offering': 'online-checkout,api:cart-api',
          },
        },
      ),
    );
    expect(errors).toEqual([
      'Component default/cart-service: metadata.annotations["smo.backstage.io/service-offering"][1] "api:cart-api" must refer to a ServiceOffering, not kind api',
    ]);
    expect(relations).toHaveLength(2);
  });

  it('leaves Components without the annotation and other kinds alone', async () => {
    expect(await process(component())).toEqual({ relations: [], errors: [] });
    expect(
      await process({
        ...component(),
        kind: 'System',
        metadata: { name: 's' },
      }),
    ).toEqual({ relations: [], errors: [] });
  });
});
