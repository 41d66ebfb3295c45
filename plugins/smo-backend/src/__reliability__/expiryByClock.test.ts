import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DateTime } from 'luxon';
import { CatalogReader } from '../catalog/CatalogReader';
import { readReadinessConfig } from '../config';
import { buildCheckPlan } from '../engine/plan';
import { DefaultEvidenceService } from '../gatekeeper/DefaultEvidenceService';
import { evidenceInForce } from '../gatekeeper/evidenceInForce';
import { Notifier } from '../gatekeeper/Notifier';
import { readGatekeeperConfig } from '../gatekeeperConfig';
import { DefaultReadinessService } from '../service/DefaultReadinessService';
import { Gatekeeper } from '../store/Gatekeeper';
import { migrationsDir } from '../store/migrations';
import { ReadinessStore } from '../store/ReadinessStore';
import { NOW, portfolio, readyComponent } from '../__testUtils__/fixtures';
import { createTestDatabases } from '../__testUtils__/testDatabases';

const databases = createTestDatabases();
const CHECKOUT = { kind: 'component', namespace: 'default', name: 'checkout' };
const REF = 'component:default/checkout';
const as = (userEntityRef: string) => ({
  credentials: mockCredentials.user(userEntityRef),
});

describe.each(databases.eachSupportedId())(
  'expiry by clock on %p',
  databaseId => {
    let now: DateTime;
    let evidence: DefaultEvidenceService;
    let readiness: DefaultReadinessService;
    let sent: string[];

    beforeEach(async () => {
      const db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      now = NOW;
      sent = [];
      const clock = () => now;
      const logger = mockServices.logger.mock();
      const gatekeeper = Gatekeeper.create(db);
      const checks = buildCheckPlan(
        readReadinessConfig(new ConfigReader({})),
        [],
      );
      readiness = DefaultReadinessService.create({
        reader: CatalogReader.create({
          catalog: catalogServiceMock({
            entities: [...portfolio(), readyComponent()],
          }),
          auth: mockServices.auth(),
          entityFilter: [{ kind: 'Component' }],
        }),
        store: ReadinessStore.create(db),
        checks,
        factProviders: [],
        evidence: evidenceInForce(gatekeeper.stores.evidence, checks),
        logger,
        clock,
      });
      evidence = DefaultEvidenceService.create({
        gatekeeper,
        readiness,
        checks,
        config: readGatekeeperConfig(new ConfigReader({})), // reminders 14 days ahead
        notifier: Notifier.create({
          notifications: {
            send: async ({ payload }: { payload: { title: string } }) => {
              sent.push(payload.title);
            },
          } as any,
          logger,
        }),
        clock,
      });
    });

    const at = async (later: object) => {
      now = NOW.plus(later);
      const result = await readiness.refresh(CHECKOUT);
      return Object.fromEntries(result.checks.map(c => [c.id, c.status]));
    };

    const approvedWaiver = async (checkId: string, days: number) => {
      const { waiver } = await evidence.requestWaiver(
        {
          entityRef: REF,
          checkId,
          justification: 'scheduled',
          expiresAt: NOW.plus({ days }).toISO()!,
        },
        as('user:default/alice'),
      );
      await evidence.decideWaiver(
        waiver.id,
        { approve: true },
        as('user:default/sam'),
      );
    };

    it('applies a waiver until expiresAt and not a moment later', async () => {
      await approvedWaiver('security.review', 10);
      expect((await at({ days: 1 }))['security.review']).toBe('waived');
      expect((await at({ days: 10, seconds: -1 }))['security.review']).toBe(
        'waived',
      );
      expect((await at({ days: 10, seconds: 1 }))['security.review']).toBe(
        'fail',
      );
    });

    it('counts an attestation for its validity (180 days for restore-tested) only', async () => {
      expect((await at({}))['continuity.restore-tested']).toBe('fail');
      await evidence.recordAttestation(
        { entityRef: REF, type: 'restore-tested' },
        as('user:default/alice'),
      );
      expect(
        (await at({ days: 179, hours: 23 }))['continuity.restore-tested'],
      ).toBe('pass');
      expect(
        (await at({ days: 180, hours: 1 }))['continuity.restore-tested'],
      ).toBe('fail');
    });

    it('reminds exactly once, 14 days ahead, when run daily', async () => {
      await approvedWaiver('ops.runbook', 20);
      await evidence.recordAttestation(
        { entityRef: REF, type: 'restore-tested' },
        as('user:default/alice'),
      );
      const days: Record<string, number[]> = {};
      for (let day = 0; day <= 200; day++) {
        now = NOW.plus({ days: day });
        sent.length = 0;
        await evidence.sendExpiryReminders();
        for (const title of sent) days[title] = [...(days[title] ?? []), day];
      }
      expect(days).toEqual({
        [`Waiver for ops.runbook on ${REF} expires on ${NOW.plus({
          days: 20,
        }).toISODate()}`]: [6],
        [`restore-tested attestation of ${REF} expires on ${NOW.plus({
          days: 180,
        }).toISODate()}`]: [166],
      });
    });
  },
);
