import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readPagerDutyConfig } from './config';

const read = (pagerduty: JsonObject) =>
  readPagerDutyConfig(
    new ConfigReader({ smo: { serviceLevels: { pagerduty } } }),
  );

describe('readPagerDutyConfig', () => {
  it('is undefined without smo.serviceLevels.pagerduty', () => {
    expect(readPagerDutyConfig(new ConfigReader({}))).toBeUndefined();
    expect(
      readPagerDutyConfig(
        new ConfigReader({ smo: { serviceLevels: { months: 13 } } }),
      ),
    ).toBeUndefined();
  });

  it('fills in the defaults', () => {
    expect(read({ token: 'pd-token' })).toEqual({
      token: 'pd-token',
      baseUrl: 'https://api.pagerduty.com',
      pageSize: 100,
      outagePriorities: ['P1'],
      urgencyPriorities: { high: 'P2', low: 'P3' },
      services: {},
      maxRetries: 5,
    });
  });

  it('reads every key; refs in services are canonical, a bare name is a Component', () => {
    expect(
      read({
        token: 'pd-token',
        baseUrl: 'https://api.eu.pagerduty.com/',
        pageSize: 25,
        outagePriorities: ['P1', 'P2'],
        urgencyPriorities: { high: 'P1', low: 'P4' },
        services: {
          PSEARCH: 'Component:default/Search-API',
          PPAY: 'payments-api',
          POFFER: 'serviceoffering:shop/online-checkout',
        },
        maxRetries: 0,
      }),
    ).toEqual({
      token: 'pd-token',
      baseUrl: 'https://api.eu.pagerduty.com',
      pageSize: 25,
      outagePriorities: ['P1', 'P2'],
      urgencyPriorities: { high: 'P1', low: 'P4' },
      services: {
        PSEARCH: 'component:default/search-api',
        PPAY: 'component:default/payments-api',
        POFFER: 'serviceoffering:shop/online-checkout',
      },
      maxRetries: 0,
    });
  });

  it.each([
    [{}, 'token: required (a PagerDuty REST API key)'],
    [{ token: '  ' }, 'token: required (a PagerDuty REST API key)'],
    [
      { token: 't', pageSize: 0 },
      'pageSize: must be a whole number from 1 to 100',
    ],
    [
      { token: 't', pageSize: 101 },
      'pageSize: must be a whole number from 1 to 100',
    ],
    [
      { token: 't', pageSize: 2.5 },
      'pageSize: must be a whole number from 1 to 100',
    ],
    [
      { token: 't', maxRetries: -1 },
      'maxRetries: must be a whole number of at least 0',
    ],
    [
      { token: 't', outagePriorities: ['P1', 'SEV1'] },
      'outagePriorities[1]: "SEV1" is not one of P1, P2, P3, P4',
    ],
    [
      { token: 't', urgencyPriorities: { high: 'P5' } },
      'urgencyPriorities.high: "P5" is not one of P1, P2, P3, P4',
    ],
    [
      { token: 't', urgencyPriorities: { low: 'low' } },
      'urgencyPriorities.low: "low" is not one of P1, P2, P3, P4',
    ],
    [
      { token: 't', baseUrl: 'api.pagerduty.com' },
      'baseUrl: "api.pagerduty.com" is not a URL',
    ],
    [
      { token: 't', baseUrl: 'ftp://pagerduty.example' },
      'baseUrl: must be an http(s) URL',
    ],
    [
      { token: 't', services: { P1: 'group:default/team-a' } },
      'services.P1: "group:default/team-a" is not a Component or ServiceOffering',
    ],
    [
      { token: 't', services: { P1: 'component:default/' } },
      'services.P1: "component:default/" is not an entity ref',
    ],
  ])('refuses %j naming the key', (pagerduty, message) => {
    expect(() => read(pagerduty)).toThrow(
      `Invalid SMO configuration at smo.serviceLevels.pagerduty.${message}`,
    );
  });
});
