import { smoChecksExtensionPoint } from './extensions';

describe('smoChecksExtensionPoint', () => {
  it('has the stable id other modules resolve it by', () => {
    expect(smoChecksExtensionPoint.id).toBe('smo.checks');
  });
});
