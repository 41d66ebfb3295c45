import { createExtensionTester } from '@backstage/frontend-test-utils';
import { smoApi, smoPlugin } from './plugin';

describe('smo frontend plugin', () => {
  it('is the smo plugin and provides the SMO API', () => {
    expect(smoPlugin.id).toBe('smo');
    const tester = createExtensionTester(smoApi);
    expect(tester.query(smoApi)).toBeDefined();
  });

  it.each([
    'api:smo',
    'page:smo',
    'entity-content:smo/governance',
    'entity-content:smo/rollup',
    'entity-content:smo/service-levels',
    'entity-card:smo/readiness',
    'entity-card:smo/service-offering-details',
    'entity-card:smo/service-offering-components',
    'entity-card:smo/service-offering-agreements',
    'entity-card:smo/service-offering-process-owners',
    'entity-card:smo/agreement-details',
    'entity-card:smo/agreement-targets',
    'entity-card:smo/agreement-underpinned-by',
    'entity-card:smo/agreement-underpins',
    'entity-card:smo/agreement-offerings',
    'entity-card:smo/process-owner-details',
    'entity-card:smo/component-offerings',
  ] as const)('provides %s', id => {
    expect(smoPlugin.getExtension(id)).toBeDefined();
  });
});
