import { ConfigReader } from '@backstage/config';
import { resolve } from 'node:path';
import { readServiceLevelsConfig } from './serviceLevelsConfig';

describe('readServiceLevelsConfig', () => {
  it('has defaults: no sources, 13 months, frozen 3 days after the month, hourly', () => {
    expect(readServiceLevelsConfig(new ConfigReader({}))).toEqual({
      incidentFiles: [],
      months: 13,
      freezeAfterDays: 3,
      schedule: {
        frequency: { hours: 1 },
        timeout: { minutes: 10 },
        initialDelay: { seconds: 30 },
      },
      earlyLifeSupportExit: undefined,
    });
  });

  it('reads the exit criteria of early-life support', () => {
    const read = (earlyLifeSupportExit: object) =>
      readServiceLevelsConfig(
        new ConfigReader({ smo: { serviceLevels: { earlyLifeSupportExit } } }),
      ).earlyLifeSupportExit;
    expect(read({ noBreachOf: ['P1', 'P2'], availabilityMet: true })).toEqual({
      noBreachOf: ['P1', 'P2'],
      availabilityMet: true,
    });
    expect(read({ availabilityMet: true })).toEqual({
      noBreachOf: [],
      availabilityMet: true,
    });
  });

  it('reads files (resolved against the working directory), months, grace and schedule', () => {
    const config = readServiceLevelsConfig(
      new ConfigReader({
        smo: {
          serviceLevels: {
            incidents: { files: ['../itsm/incidents-export.ndjson'] },
            months: 6,
            freezeAfterDays: 0,
            schedule: { frequency: { minutes: 10 }, timeout: { minutes: 5 } },
          },
        },
      }),
    );
    expect(config).toMatchObject({
      incidentFiles: [resolve('../itsm/incidents-export.ndjson')],
      months: 6,
      freezeAfterDays: 0,
      schedule: { frequency: { minutes: 10 } },
    });
  });

  it.each([
    [
      { months: 0 },
      'smo.serviceLevels.months: must be a whole number of at least 1',
    ],
    [
      { freezeAfterDays: 1.5 },
      'smo.serviceLevels.freezeAfterDays: must be a whole number of at least 0',
    ],
    [
      { earlyLifeSupportExit: { noBreachOf: ['P1', 'Sev1'] } },
      'smo.serviceLevels.earlyLifeSupportExit.noBreachOf: Sev1 is not one of P1, P2, P3, P4',
    ],
  ])('refuses %j, naming the key', (serviceLevels, message) => {
    expect(() =>
      readServiceLevelsConfig(new ConfigReader({ smo: { serviceLevels } })),
    ).toThrow(`Invalid SMO configuration at ${message}`);
  });
});
