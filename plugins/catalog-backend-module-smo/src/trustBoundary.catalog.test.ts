import { createBackendModule } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
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
  EXAMPLES_LOCATION,
  exampleEntities,
  refOf,
} from './__testUtils__/examples';

// Issue 14, item 2: the demo allows the SMO kinds only from the SMO's own files (app-config.yaml catalog.rules, as
// docs/install.md step 2 says). Before, a rule without locations let any registered file add an offering that claims
// another team's component.

const APP_CONFIG = path.resolve(__dirname, '../../../app-config.yaml');
const ROGUE = path.resolve(__dirname, '__fixtures__/rogue.yaml');
const HAS_DEMO = fs.existsSync(APP_CONFIG) && fs.existsSync(EXAMPLES_LOCATION);

(HAS_DEMO ? describe : describe.skip)(
  "the demo's catalog rules (SMO kinds from the SMO's files only)",
  () => {
    let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
    const refusals: string[] = [];

    beforeAll(async () => {
      const demo = parse(fs.readFileSync(APP_CONFIG, 'utf8'));
      ({ server } = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleSmo,
          createBackendModule({
            pluginId: 'catalog',
            moduleId: 'test-refusals',
            register(reg) {
              reg.registerInit({
                deps: { catalog: catalogProcessingExtensionPoint },
                async init({ catalog }) {
                  catalog.setOnProcessingErrorHandler(({ errors }) => {
                    refusals.push(...errors.map(e => e.message));
                  });
                },
              });
            },
          }),
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

    const ingested = async (...namespaces: string[]) => {
      const res = await request(server)
        .get('/api/catalog/entities/by-query')
        .query({
          filter: namespaces.map(ns => `metadata.namespace=${ns}`),
          limit: 1000,
        })
        .set('authorization', mockCredentials.user.header())
        .expect(200);
      return new Set(res.body.items.map((e: Entity) => refOf(e)));
    };

    it("ingests every SMO entity of the SMO's location, and refuses a team's file that adds an offering", async () => {
      const smoRefs = exampleEntities()
        .filter(e => e.apiVersion === SMO_API_VERSION)
        .map(refOf);
      const deadline = Date.now() + 150_000;
      const state = async () => {
        const refs = await ingested('default', 'rogue');
        return {
          missing: smoRefs.filter(ref => !refs.has(ref)),
          // The catalog refuses the whole rogue file (its Component too), saying why.
          refused: refusals.some(m =>
            /^Entity serviceoffering:rogue\/takeover at .*rogue\.yaml.* is not of an allowed kind for that location$/.test(
              m,
            ),
          ),
          takeover: refs.has('serviceoffering:rogue/takeover'),
        };
      };
      let seen = await state();
      while (
        (seen.missing.length > 0 || !seen.refused) &&
        Date.now() < deadline
      ) {
        await new Promise(resolve => setTimeout(resolve, 250));
        seen = await state();
      }
      expect(seen).toEqual({ missing: [], refused: true, takeover: false });
    });
  },
);
