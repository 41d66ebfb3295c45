import { mockServices } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import {
  smoKindsAllowedEverywhere,
  warnIfSmoKindsAllowedEverywhere,
} from './trustBoundary';

const config = (rules: JsonObject[]) =>
  mockServices.rootConfig({ data: { catalog: { rules } } });

describe('SMO kinds and catalog rules', () => {
  it('names the SMO kinds a rule without locations allows, in either form', () => {
    expect(
      smoKindsAllowedEverywhere(
        config([
          { allow: ['Component', 'ServiceOffering'] },
          { allow: [{ kind: 'processowner' }] },
        ]),
      ),
    ).toEqual(['ServiceOffering', 'processowner']);
  });

  it('accepts SMO kinds restricted to locations, and no rules at all', () => {
    expect(
      smoKindsAllowedEverywhere(
        config([
          { allow: ['Component', 'User'] },
          {
            allow: ['ServiceOffering', 'ServiceLevelAgreement', 'ProcessOwner'],
            locations: [{ type: 'file', pattern: '**/smo/*.yaml' }],
          },
        ]),
      ),
    ).toEqual([]);
    expect(
      smoKindsAllowedEverywhere(mockServices.rootConfig({ data: {} })),
    ).toEqual([]);
  });

  it('warns at start-up only when SMO kinds come from everywhere', () => {
    const logger = mockServices.logger.mock();
    warnIfSmoKindsAllowedEverywhere(
      config([{ allow: ['ServiceLevelAgreement'] }]),
      logger,
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^catalog.rules allow ServiceLevelAgreement from every location: .*docs\/install.md, step 2/,
      ),
    );
    const quiet = mockServices.logger.mock();
    warnIfSmoKindsAllowedEverywhere(config([{ allow: ['Component'] }]), quiet);
    expect(quiet.warn).not.toHaveBeenCalled();
  });
});
