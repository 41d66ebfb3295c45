import { SMO_ANNOTATIONS, SMO_API_VERSION, SMO_KINDS } from './constants';

describe('SMO contract constants', () => {
  it('match the names fixed by the SMO model', () => {
    expect(SMO_API_VERSION).toBe('smo.backstage.io/v1alpha1');
    expect(Object.values(SMO_KINDS).sort()).toEqual([
      'ProcessOwner',
      'ServiceLevelAgreement',
      'ServiceOffering',
    ]);
    for (const annotation of Object.values(SMO_ANNOTATIONS)) {
      expect(annotation).toMatch(/^smo\.backstage\.io\/[a-z-]+$/);
    }
  });
});
