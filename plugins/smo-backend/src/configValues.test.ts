import { ConfigReader } from '@backstage/config';
import { readGatekeeperConfig } from './gatekeeperConfig';
import { wholeNumber } from './configValues';

describe('wholeNumber', () => {
  const config = new ConfigReader({ a: 3, b: 0, c: 1.5 });

  it('reads a whole number, or the fallback when unset', () => {
    expect(wholeNumber(config, 'a', { fallback: 1, min: 1 })).toBe(3);
    expect(wholeNumber(config, 'unset', { fallback: 7, min: 1 })).toBe(7);
    expect(wholeNumber(config, 'b', { fallback: 1, min: 0 })).toBe(0);
  });

  it('refuses fractions and values below the minimum, naming the full key', () => {
    expect(() => wholeNumber(config, 'c', { fallback: 1, min: 0 })).toThrow(
      'Invalid SMO configuration at c: must be a whole number of at least 0',
    );
    expect(() =>
      wholeNumber(config, 'b', { fallback: 1, min: 1, path: 'smo.x' }),
    ).toThrow(
      'Invalid SMO configuration at smo.x.b: must be a whole number of at least 1',
    );
  });

  it('guards the gatekeeper settings', () => {
    expect(() =>
      readGatekeeperConfig(
        new ConfigReader({ smo: { waivers: { maxDays: 0 } } }),
      ),
    ).toThrow(
      'Invalid SMO configuration at smo.waivers.maxDays: must be a whole number of at least 1',
    );
  });
});
