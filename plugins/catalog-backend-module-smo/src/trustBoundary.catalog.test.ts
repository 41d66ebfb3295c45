import { SMO_API_VERSION } from '@smo-backstage/plugin-smo-common';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  EntitiesIn,
  eventually,
  ProcessingError,
  startCatalog,
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
    let entitiesIn: EntitiesIn;

    beforeAll(async () => {
      const demo = parse(fs.readFileSync(APP_CONFIG, 'utf8'));
      entitiesIn = await startCatalog({
        rules: demo.catalog.rules,
        locations: [EXAMPLES_LOCATION, ROGUE],
        processingErrors,
      });
    });

    it("ingests every SMO entity of the SMO's location, and refuses a team's file that adds an offering", async () => {
      const smoRefs = exampleEntities()
        .filter(e => e.apiVersion === SMO_API_VERSION)
        .map(refOf);
      await eventually(async () => {
        const refs = new Set((await entitiesIn('default', 'rogue')).keys());
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
