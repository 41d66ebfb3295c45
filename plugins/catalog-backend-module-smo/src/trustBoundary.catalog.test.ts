import { Entity } from '@backstage/catalog-model';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { SMO_API_VERSION } from '@smo-backstage/plugin-smo-common';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import catalogModuleSmo from './index';
import {
  eventually,
  ProcessingError,
  recordProcessingErrors,
} from './__testUtils__/catalogBackend';
import {
  EXAMPLES_LOCATION,
  exampleEntities,
  refOf,
} from './__testUtils__/examples';

// Issue 14, item 2: the demo allows the SMO kinds only from the SMO's location (app-config.yaml catalog.rules, as
// docs/install.md step 2 says). Before, a rule without locations let any registered file add an offering that claims
// another team's component.

const APP_CONFIG = path.resolve(__dirname, '../../../app-config.yaml');
const ROGUE = path.resolve(__dirname, '__fixtures__/rogue.yaml');
const HAS_DEMO = fs.existsSync(APP_CONFIG) && fs.existsSync(EXAMPLES_LOCATION);

(HAS_DEMO ? describe : describe.skip)(
  "the demo's catalog rules (SMO kinds from the SMO's location only)",
  () => {
    const processingErrors: ProcessingError[] = [];
    let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

    beforeAll(async () => {
      const demo = parse(fs.readFileSync(APP_CONFIG, 'utf8'));
      ({ server } = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleSmo,
          recordProcessingErrors(processingErrors),
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                rules: demo.catalog.rules,
                locations: [EXAMPLES_LOCATION, ROGUE].map(target => ({
                  type: 'file',
                  target,
                })),
                processingInterval: { seconds: 2 },
              },
            },
          }),
        ],
      }));
    });

    it("ingests every SMO entity of the SMO's location, and refuses a team's file that adds an offering", async () => {
      const smoRefs = exampleEntities()
        .filter(e => e.apiVersion === SMO_API_VERSION)
        .map(refOf);
      await eventually(async () => {
        const res = await request(server)
          .get('/api/catalog/entities/by-query')
          .query({
            filter: ['metadata.namespace=default', 'metadata.namespace=rogue'],
            limit: 1000,
          })
          .set('authorization', mockCredentials.user.header())
          .expect(200);
        const refs = new Set(res.body.items.map((e: Entity) => refOf(e)));
        expect(smoRefs.filter(ref => !refs.has(ref))).toEqual([]);
        expect(refs.has('serviceoffering:rogue/takeover')).toBe(false);
        // The catalog refuses the whole file (its Component too), saying why.
        expect(processingErrors.map(e => e.message)).toContainEqual(
          expect.stringMatching(
            /^Entity serviceoffering:rogue\/takeover at .*rogue\.yaml.* is not of an allowed kind for that location$/,
          ),
        );
      });
    });
  },
);
