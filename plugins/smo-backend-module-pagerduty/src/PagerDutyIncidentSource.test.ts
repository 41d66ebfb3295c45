import { mockServices } from '@backstage/backend-test-utils';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { parseIncidentRecord } from '@smo-backstage/plugin-smo-common';
import { PagerDutyConfig } from './config';
import { PagerDutyClient } from './PagerDutyClient';
import { PagerDutyIncidentSource } from './PagerDutyIncidentSource';
import {
  fixture,
  Handler,
  recorded,
  simulated,
  startPagerDutyServer,
  stopPagerDutyServers,
} from './__testUtils__/pagerDutyServer';

afterEach(stopPagerDutyServers);

const MARCH = {
  from: new Date('2026-03-01T00:00:00Z'),
  to: new Date('2026-04-01T00:00:00Z'),
};
const DAY = 24 * 60 * 60 * 1000;

const component = (name: string, serviceId?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: serviceId ? { 'pagerduty.com/service-id': serviceId } : {},
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-shop' },
});

// PCHKOUT is annotated in the catalog, PSEARCH mapped in config, PMKTG is nobody's.
const CATALOG = [
  component('online-checkout-web', 'PCHKOUT'),
  component('search-api'),
  component('marketing-site'),
];

async function sourceOf(
  handler: Handler,
  options: {
    config?: Partial<PagerDutyConfig>;
    entities?: Entity[];
    maxOffset?: number;
  } = {},
) {
  const server = await startPagerDutyServer(handler);
  const logger = mockServices.logger.mock();
  const catalog = catalogServiceMock({ entities: options.entities ?? CATALOG });
  const getEntities = jest.spyOn(catalog, 'getEntities');
  const sleeps: number[] = [];
  const config: PagerDutyConfig = {
    token: 'pd-test-token',
    baseUrl: server.baseUrl,
    pageSize: 3,
    outagePriorities: ['P1'],
    urgencyPriorities: { high: 'P2', low: 'P3' },
    services: { PSEARCH: 'component:default/search-api' },
    maxRetries: 5,
    ...options.config,
  };
  const sleep = async (ms: number) => {
    sleeps.push(ms);
  };
  const source = new PagerDutyIncidentSource({
    config,
    catalog,
    auth: mockServices.auth(),
    logger,
    sleep,
    ...(options.maxOffset && {
      client: new PagerDutyClient({
        ...config,
        sleep,
        maxOffset: options.maxOffset,
      }),
    }),
  });
  return { source, requests: server.requests, logger, sleeps, getEntities };
}

const logEntryReads = (requests: { path: string }[]) =>
  requests
    .filter(r => r.path.endsWith('/log_entries'))
    .map(r => r.path.split('/')[2]);

describe('PagerDutyIncidentSource', () => {
  it('turns the recorded incidents into records the backend accepts', async () => {
    const { source } = await sourceOf(recorded);
    const read = await source.read(MARCH);
    expect(read).toEqual([
      { unreadable: 'PagerDuty incident Q3CHK000006KL: no created_at' },
      {
        id: 'pagerduty:Q3CHKPAY0001AB',
        entityRef: 'component:default/online-checkout-web',
        priority: 'P1',
        openedAt: '2026-03-02T10:00:00Z',
        respondedAt: '2026-03-02T10:04:00Z',
        resolvedAt: '2026-03-02T15:00:00Z',
        outage: true,
        summary: 'Card payments failing at checkout',
      },
      {
        id: 'pagerduty:Q3SRCH00002CD',
        entityRef: 'component:default/search-api',
        priority: 'P2',
        openedAt: '2026-03-05T08:00:00Z',
        respondedAt: '2026-03-05T08:20:00Z',
        outage: false,
        summary: 'Search results slow',
      },
      {
        id: 'pagerduty:Q3CHK000003EF',
        entityRef: 'component:default/online-checkout-web',
        priority: 'P3',
        openedAt: '2026-03-09T12:00:00Z',
        respondedAt: '2026-03-09T13:00:00Z',
        resolvedAt: '2026-03-09T13:00:00Z',
        outage: false,
        summary: 'Basket badge shows stale count',
      },
      {
        id: 'pagerduty:Q3CHK000004GH',
        entityRef: 'component:default/online-checkout-web',
        priority: 'P4',
        openedAt: '2026-03-20T07:00:00Z',
        outage: false,
        summary: 'Voucher codes rejected for one campaign',
      },
    ]);
    for (const element of read.slice(1)) {
      expect(parseIncidentRecord(element)).toHaveProperty('record');
    }
  });

  it('leaves out the incidents of services mapped to nothing, in one log line, without reading their log entries', async () => {
    const { source, requests, logger } = await sourceOf(recorded);
    const read = await source.read(MARCH);
    expect(JSON.stringify(read)).not.toContain('Q3MKTG00005IJ');
    expect(logger.info).toHaveBeenCalledWith(
      'PagerDuty: left out 1 incidents of 1 services mapped to no entity (PMKTG)',
    );
    expect(logEntryReads(requests).sort()).toEqual([
      'Q3CHK000003EF',
      'Q3CHK000004GH',
      'Q3CHKPAY0001AB',
      'Q3SRCH00002CD',
    ]);
  });

  it('asks the catalog once per read for the annotated Components, with its own credentials', async () => {
    const { source, getEntities } = await sourceOf(recorded);
    await source.read(MARCH);
    expect(getEntities).toHaveBeenCalledTimes(1);
    const [request, options] = getEntities.mock.calls[0];
    expect(request).toEqual({
      filter: {
        kind: 'Component',
        'metadata.annotations.pagerduty.com/service-id': CATALOG_FILTER_EXISTS,
      },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.annotations',
      ],
    });
    expect(options).toMatchObject({
      credentials: { principal: { type: 'service' } },
    });
  });

  it('maps services through config before the catalog; an annotation on several Components picks one and warns', async () => {
    const { source, logger } = await sourceOf(recorded, {
      config: {
        services: {
          PSEARCH: 'component:default/search-api',
          PMKTG: 'serviceoffering:default/marketing',
        },
      },
      entities: [
        component('online-checkout-web', 'PCHKOUT'),
        component('checkout-api', 'PCHKOUT'),
      ],
    });
    const read = (await source.read(MARCH)) as any[];
    const refOf = (id: string) =>
      read.find(r => r.id === `pagerduty:${id}`)?.entityRef;
    expect(refOf('Q3MKTG00005IJ')).toBe('serviceoffering:default/marketing');
    expect(read.find(r => r.id === 'pagerduty:Q3MKTG00005IJ')).toMatchObject({
      priority: 'P2',
      respondedAt: '2026-03-21T09:12:00Z',
    });
    expect(refOf('Q3CHKPAY0001AB')).toBe('component:default/checkout-api');
    expect(logger.warn).toHaveBeenCalledWith(
      'PagerDuty service PCHKOUT is annotated on component:default/checkout-api, component:default/online-checkout-web; its incidents count for component:default/checkout-api (map it under smo.serviceLevels.pagerduty.services to choose)',
    );
    expect(logger.info).not.toHaveBeenCalledWith(
      expect.stringContaining('left out'),
    );
  });

  it('reads a 13-month window in ranges of at most 90 days, without gaps', async () => {
    const from = new Date('2025-10-01T00:00:00Z');
    const to = new Date('2026-11-01T00:00:00Z');
    const spread = fixture('incidents-page-1.json').incidents.map(
      (incident: any, i: number) => ({
        ...incident,
        created_at: new Date(from.getTime() + (i * 150 + 10) * DAY)
          .toISOString()
          .replace('.000Z', 'Z'),
      }),
    );
    const { source, requests } = await sourceOf(simulated(spread));
    const read = (await source.read({ from, to })) as any[];
    expect(read.map(r => r.openedAt)).toEqual(
      spread.map((i: any) => i.created_at),
    );

    const ranges = requests
      .filter(r => r.path === '/incidents')
      .map(r => [r.query.get('since')!, r.query.get('until')!]);
    expect(ranges).toEqual([
      ['2025-10-01T00:00:00.000Z', '2025-12-30T00:00:00.000Z'],
      ['2025-12-30T00:00:00.000Z', '2026-03-30T00:00:00.000Z'],
      ['2026-03-30T00:00:00.000Z', '2026-06-28T00:00:00.000Z'],
      ['2026-06-28T00:00:00.000Z', '2026-09-26T00:00:00.000Z'],
      ['2026-09-26T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
    ]);
    for (const [since, until] of ranges) {
      expect(Date.parse(until) - Date.parse(since)).toBeLessThanOrEqual(
        90 * DAY,
      );
    }
  });

  it('counts an incident PagerDuty lists in two ranges once', async () => {
    const [incident] = fixture('incidents-page-2.json').incidents;
    const { source } = await sourceOf(request =>
      request.path === '/incidents'
        ? { body: { incidents: [incident], limit: 3, offset: 0, more: false } }
        : simulated([])(request),
    );
    const read = await source.read({
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-07-01T00:00:00Z'),
    });
    expect(read).toHaveLength(1);
  });

  it("halves a range holding more incidents than PagerDuty's paging reaches", async () => {
    const [template] = fixture('incidents-page-1.json').incidents;
    const many = Array.from({ length: 7 }, (_, i) => ({
      ...template,
      id: `Q3MANY${i}`,
      created_at: `2026-03-${String(i * 4 + 1).padStart(2, '0')}T10:00:00Z`,
    }));
    const { source, requests } = await sourceOf(simulated(many), {
      config: { pageSize: 2 },
      maxOffset: 4,
    });
    const read = (await source.read(MARCH)) as any[];
    expect(read.map(r => r.id)).toEqual(many.map(i => `pagerduty:${i.id}`));
    const ranges = new Set(
      requests
        .filter(r => r.path === '/incidents')
        .map(r => `${r.query.get('since')} ${r.query.get('until')}`),
    );
    expect(ranges.size).toBeGreaterThan(1);
  });

  it('reads the log entries of a resolved incident once; open ones again on every read', async () => {
    const { source, requests } = await sourceOf(recorded);
    const first = await source.read(MARCH);
    const before = requests.length;
    const second = await source.read(MARCH);
    expect(second).toEqual(first);
    expect(logEntryReads(requests.slice(before)).sort()).toEqual([
      'Q3CHK000004GH',
      'Q3SRCH00002CD',
    ]);
  });

  it('waits as PagerDuty asks when rate-limited, without real waiting', async () => {
    let limited = false;
    const { source, sleeps } = await sourceOf(request => {
      if (!limited && request.path === '/incidents') {
        limited = true;
        return {
          status: 429,
          headers: { 'Retry-After': '2' },
          body: fixture('error-rate-limit.json'),
        };
      }
      return recorded(request);
    });
    expect(await source.read(MARCH)).toHaveLength(5);
    expect(sleeps).toEqual([2000]);
  });

  it('fails the read when PagerDuty refuses, so no figure is computed from part of the data', async () => {
    const { source } = await sourceOf(() => ({
      status: 401,
      body: fixture('error-unauthorized.json'),
    }));
    await expect(source.read(MARCH)).rejects.toThrow(
      'PagerDuty GET /incidents failed with HTTP 401: Unauthorized',
    );
  });

  it('fails the read when the log entries cannot be read', async () => {
    const { source } = await sourceOf(
      request =>
        request.path.endsWith('/log_entries')
          ? { status: 502 }
          : recorded(request),
      { config: { maxRetries: 1 } },
    );
    await expect(source.read(MARCH)).rejects.toThrow(
      /^PagerDuty GET \/incidents\/\w+\/log_entries failed with HTTP 502 after 2 attempts$/,
    );
  });
});
