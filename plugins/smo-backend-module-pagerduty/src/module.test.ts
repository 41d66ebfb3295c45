import {
  createBackendPlugin,
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// The real plugin, in tests only: the end-to-end test below runs the module inside it.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import smoPlugin from '@smo-backstage/plugin-smo-backend';
import {
  component,
  portfolioAgreement,
  portfolioOffering,
  rel,
} from '@smo-backstage/plugin-smo-common/testUtils';
import {
  SmoIncidentSource,
  smoIncidentSourcesExtensionPoint,
} from '@smo-backstage/plugin-smo-node';
import request from 'supertest';
import smoModulePagerDuty from './index';
import {
  fixture,
  recorded,
  simulated,
  startPagerDutyServer,
  stopPagerDutyServers,
} from './__testUtils__/pagerDutyServer';

afterEach(stopPagerDutyServers);

const CHECKOUT = component(
  'online-checkout-web',
  { owner: 'team-a', system: 'shop' },
  {
    metadata: { annotations: { 'pagerduty.com/service-id': 'PCHKOUT' } },
    relations: [
      rel('delivers', 'serviceoffering:default/online-checkout'),
      rel('ownedBy', 'group:default/team-a'),
    ],
  },
);

/** The SMO plugin's extension point alone, collecting what modules add. */
function fakeSmoPlugin() {
  const sources: SmoIncidentSource[] = [];
  const plugin = createBackendPlugin({
    pluginId: 'smo',
    register(env) {
      env.registerExtensionPoint(smoIncidentSourcesExtensionPoint, {
        addIncidentSource: (...added) => sources.push(...added),
      });
      env.registerInit({ deps: {}, async init() {} });
    },
  });
  return { plugin, sources };
}

describe('the PagerDuty module', () => {
  it('adds a PagerDuty source through the extension point, configured from smo.serviceLevels.pagerduty', async () => {
    const server = await startPagerDutyServer(recorded);
    const smo = fakeSmoPlugin();
    await startTestBackend({
      features: [
        smo.plugin,
        smoModulePagerDuty,
        catalogServiceMock.factory({ entities: [CHECKOUT] }),
        mockServices.rootConfig.factory({
          data: {
            smo: {
              serviceLevels: {
                pagerduty: {
                  token: 'pd-module-token',
                  baseUrl: server.baseUrl,
                  pageSize: 3,
                },
              },
            },
          },
        }),
      ],
    });
    expect(smo.sources.map(s => s.id)).toEqual(['pagerduty']);
    const read = await smo.sources[0].read({
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-04-01T00:00:00Z'),
    });
    expect(read).toContainEqual(
      expect.objectContaining({
        id: 'pagerduty:Q3CHKPAY0001AB',
        entityRef: 'component:default/online-checkout-web',
      }),
    );
    expect(server.requests[0].headers.authorization).toBe(
      'Token token=pd-module-token',
    );
    expect(server.requests[0].query.get('limit')).toBe('3');
  });

  it('adds nothing without smo.serviceLevels.pagerduty, and says so', async () => {
    const smo = fakeSmoPlugin();
    const logger = mockServices.logger.mock();
    await startTestBackend({
      features: [
        smo.plugin,
        smoModulePagerDuty,
        logger.factory,
        catalogServiceMock.factory(),
        mockServices.rootConfig.factory({ data: {} }),
      ],
    });
    expect(smo.sources).toEqual([]);
    expect(logger.info).toHaveBeenCalledWith(
      'PagerDuty: smo.serviceLevels.pagerduty is not configured; no incidents are read from PagerDuty',
    );
  });

  it('stops the backend on a bad configuration, naming the key', async () => {
    await expect(
      startTestBackend({
        features: [
          fakeSmoPlugin().plugin,
          smoModulePagerDuty,
          catalogServiceMock.factory(),
          mockServices.rootConfig.factory({
            data: {
              smo: {
                serviceLevels: { pagerduty: { token: 't', pageSize: 500 } },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      'Invalid SMO configuration at smo.serviceLevels.pagerduty.pageSize: must be a whole number from 1 to 100',
    );
  });

  it('feeds the real SMO plugin: a late P1 outage in PagerDuty is a breach of the SLA', async () => {
    // Last month, relative to now, so the month is always inside the report's default range.
    const now = new Date();
    const last = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1);
    const at = (days: number, hours: number) =>
      new Date(last + (days * 24 + hours) * 3600_000)
        .toISOString()
        .replace('.000Z', 'Z');
    const [template] = fixture('incidents-page-1.json').incidents;
    const incident = {
      ...template,
      created_at: at(2, 10),
      resolved_at: at(2, 15),
      last_status_change_at: at(2, 15),
    };
    const [ack] = fixture('log-entries/Q3CHKPAY0001AB.json').log_entries.filter(
      (e: any) => e.type === 'acknowledge_log_entry',
    );
    const server = await startPagerDutyServer(
      simulated([incident], {
        [incident.id]: [{ ...ack, created_at: at(2, 10.1) }],
      }),
    );

    const scheduler = mockServices.scheduler() as SchedulerService & {
      factory(o?: { skipTaskRunOnStartup?: boolean }): ServiceFactory;
    };
    const { server: backend } = await startTestBackend({
      features: [
        smoPlugin,
        smoModulePagerDuty,
        scheduler.factory({ skipTaskRunOnStartup: true }),
        catalogServiceMock.factory({
          entities: [
            CHECKOUT,
            portfolioOffering('online-checkout', {
              serviceLevelAgreements: ['gold'],
            }),
            portfolioAgreement('gold', {
              validFrom: '2020-01-01',
              validUntil: undefined,
              underpinnedBy: [],
            }),
          ],
        }),
        mockServices.rootConfig.factory({
          data: {
            smo: {
              serviceLevels: {
                pagerduty: { token: 'pd-e2e-token', baseUrl: server.baseUrl },
              },
            },
          },
        }),
      ],
    });
    await scheduler.triggerTask('smo-service-levels');

    const res = await request(backend)
      .get('/api/smo/service-levels/component/default/online-checkout-web')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.body.measured).toBe(true);
    const month = res.body.agreements[0].months.find(
      (m: any) => m.month === new Date(last).toISOString().slice(0, 7),
    );
    expect(month.status).toBe('breached');
    const p1Resolution = month.figures.targets.find(
      (t: any) => t.priority === 'P1' && t.metric === 'resolution',
    );
    expect(p1Resolution.breaches).toEqual([
      expect.objectContaining({
        incidentId: 'pagerduty:Q3CHKPAY0001AB',
        entityRef: 'component:default/online-checkout-web',
        summary: 'Card payments failing at checkout',
        measuredMinutes: 300,
        targetMinutes: 240,
      }),
    ]);
    const p1Response = month.figures.targets.find(
      (t: any) => t.priority === 'P1' && t.metric === 'response',
    );
    expect(p1Response).toMatchObject({ met: 1, breached: 0 });
  });
});
