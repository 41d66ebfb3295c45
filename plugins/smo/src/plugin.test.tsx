import { createExtensionTester } from '@backstage/frontend-test-utils';
import { smoApi, smoPlugin } from './plugin';

describe('smo frontend plugin', () => {
  it('is the smo plugin and provides the SMO API', () => {
    expect(smoPlugin.id).toBe('smo');
    const tester = createExtensionTester(smoApi);
    expect(tester.query(smoApi)).toBeDefined();
  });
});
