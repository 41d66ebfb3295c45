import { Entity } from '@backstage/catalog-model';
import { SMO_API_VERSION } from '@smo-backstage/plugin-smo-common';
import fs from 'node:fs';
import path from 'node:path';
import {
  EXAMPLES_LOCATION,
  exampleEntities,
  refOf,
} from './__testUtils__/examples';
import {
  EntitiesIn,
  eventually,
  ProcessingError,
  startCatalog,
} from './__testUtils__/catalogBackend';

const FIXTURES = path.resolve(__dirname, '__fixtures__/catalog-info.yaml');
const HAS_EXAMPLES = fs.existsSync(EXAMPLES_LOCATION);

describe('catalog backend with the SMO module', () => {
  const processingErrors: ProcessingError[] = [];
  let entitiesIn: EntitiesIn;

  beforeAll(async () => {
    entitiesIn = await startCatalog({
      rules: [
        {
          allow: [
            'Component',
            'API',
            'Resource',
            'System',
            'Domain',
            'Group',
            'User',
            'Location',
            'Template',
            'ServiceOffering',
            'ServiceLevelAgreement',
            'ProcessOwner',
          ],
        },
      ],
      locations: [FIXTURES, ...(HAS_EXAMPLES ? [EXAMPLES_LOCATION] : [])],
      processingErrors,
    });
  });

  const relationsOf = (entity: Entity | undefined) =>
    (entity?.relations ?? []).map(r => `${r.type} ${r.targetRef}`);

  it('ingests the SMO entities with their relations both ways', async () => {
    await eventually(async () => {
      const entities = await entitiesIn('fixtures', 'fixtures-ops');
      expect(
        relationsOf(entities.get('serviceoffering:fixtures/checkout')),
      ).toEqual(
        expect.arrayContaining([
          'ownedBy group:fixtures/team-shop',
          'supportedBy group:fixtures-ops/service-desk',
          'governedBy servicelevelagreement:fixtures/sla-checkout',
          'deliveredBy component:fixtures/shop-web',
          'deliveredBy component:fixtures/edge-gateway',
          'partOf system:fixtures/shop',
          'dependsOn serviceoffering:fixtures-ops/hosting',
        ]),
      );
      expect(
        relationsOf(entities.get('serviceoffering:fixtures-ops/hosting')),
      ).toEqual(
        expect.arrayContaining([
          'ownedBy group:fixtures-ops/service-desk',
          'dependencyOf serviceoffering:fixtures/checkout',
          'deliveredBy component:fixtures/edge-gateway',
        ]),
      );
      expect(
        relationsOf(
          entities.get('servicelevelagreement:fixtures/sla-checkout'),
        ),
      ).toEqual(
        expect.arrayContaining([
          'governs serviceoffering:fixtures/checkout',
          'underpinnedBy servicelevelagreement:fixtures-ops/ola-hosting',
        ]),
      );
      expect(
        relationsOf(
          entities.get('servicelevelagreement:fixtures-ops/ola-hosting'),
        ),
      ).toEqual(
        expect.arrayContaining([
          'underpins servicelevelagreement:fixtures/sla-checkout',
        ]),
      );
      expect(
        relationsOf(entities.get('processowner:fixtures/incident-management')),
      ).toEqual(
        expect.arrayContaining([
          'ownedBy user:fixtures/jane',
          'processOwnerOf system:fixtures/shop',
          'processOwnerOf group:fixtures-ops/service-desk',
        ]),
      );
      expect(
        relationsOf(entities.get('group:fixtures-ops/service-desk')),
      ).toEqual(
        expect.arrayContaining([
          'supports serviceoffering:fixtures/checkout',
          'ownerOf serviceoffering:fixtures-ops/hosting',
          'hasProcessOwner processowner:fixtures/incident-management',
        ]),
      );
      expect(relationsOf(entities.get('system:fixtures/shop'))).toEqual(
        expect.arrayContaining([
          'hasPart serviceoffering:fixtures/checkout',
          'hasProcessOwner processowner:fixtures/incident-management',
        ]),
      );
      expect(relationsOf(entities.get('user:fixtures/jane'))).toEqual(
        expect.arrayContaining([
          'ownerOf processowner:fixtures/incident-management',
        ]),
      );
      expect(relationsOf(entities.get('component:fixtures/shop-web'))).toEqual(
        expect.arrayContaining(['delivers serviceoffering:fixtures/checkout']),
      );
      expect(
        relationsOf(entities.get('component:fixtures/edge-gateway')),
      ).toEqual(
        expect.arrayContaining([
          'delivers serviceoffering:fixtures/checkout',
          'delivers serviceoffering:fixtures-ops/hosting',
        ]),
      );
    });
  });

  it('records a processing error naming the field and does not ingest broken entities', async () => {
    await eventually(async () => {
      expect(processingErrors).toEqual(
        expect.arrayContaining([
          {
            entityRef: 'servicelevelagreement:fixtures/sla-broken',
            message: expect.stringContaining(
              'ServiceLevelAgreement fixtures/sla-broken: spec.targets[1].target "15 minutes" is not an ISO-8601 duration',
            ),
          },
          {
            entityRef: 'serviceoffering:fixtures/unsupported',
            message: expect.stringContaining(
              'ServiceOffering fixtures/unsupported: spec.supportGroup is required',
            ),
          },
        ]),
      );
    });
    const entities = await entitiesIn('fixtures', 'fixtures-ops');
    expect(entities.has('servicelevelagreement:fixtures/sla-broken')).toBe(
      false,
    );
    expect(entities.has('serviceoffering:fixtures/unsupported')).toBe(false);
    expect(entities.has('serviceoffering:fixtures/checkout')).toBe(true);
  });

  // examples/ is the demo's portfolio; the module must take every SMO entity in it.
  (HAS_EXAMPLES ? describe : describe.skip)('examples/all.yaml', () => {
    it('ingests every SMO entity without processing errors', async () => {
      const examples = exampleEntities();
      const smoRefs = examples
        .filter(e => e.apiVersion === SMO_API_VERSION)
        .map(refOf);
      expect(smoRefs.length).toBeGreaterThan(0);
      const namespaces = [
        ...new Set(examples.map(e => e.metadata.namespace ?? 'default')),
      ];
      const exampleRefs = new Set(examples.map(refOf));
      await eventually(async () => {
        // A broken example is never ingested: show its processing error rather than just its absence.
        expect(
          processingErrors.filter(e => exampleRefs.has(e.entityRef)),
        ).toEqual([]);
        const ingested = await entitiesIn(...namespaces);
        expect(smoRefs.filter(ref => !ingested.has(ref))).toEqual([]);
      });
    });
  });
});
