import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';

// Issue 14, item 5: a mutation on an entity that is not scored must fail before it writes (before the fix an
// attestation or waiver on a System was stored, logged and audited, then answered 404, and a retry stored it again),
// and a handover stays withdrawable after its entity leaves smo.readiness.entityFilter.

const databases = createTestDatabases();
const SHOP = 'system:default/shop'; // in the catalog, not scored (the default entityFilter is kind Component)
const CHECKOUT = 'component:default/checkout';
const IN_30_DAYS = new Date(Date.now() + 30 * 86_400_000).toISOString();

const client = (server: Parameters<typeof request>[0]) => (user: string) => {
  const auth = mockCredentials.user.header(`user:default/${user}`);
  return {
    post: (path: string, body: object) =>
      request(server)
        .post(`/api/smo${path}`)
        .set('Authorization', auth)
        .send(body),
    get: (path: string) =>
      request(server).get(`/api/smo${path}`).set('Authorization', auth),
  };
};

describe.each(databases.eachSupportedId())(
  'scored before write on %p',
  databaseId => {
    let db: Knex;
    const rows = async () => ({
      attestations: (await db('smo_attestations').count({ n: '*' }))[0].n,
      waivers: (await db('smo_waivers').count({ n: '*' }))[0].n,
      handovers: (await db('smo_handovers').count({ n: '*' }))[0].n,
      log: (await db('smo_decision_log').count({ n: '*' }))[0].n,
    });

    beforeAll(async () => {
      db = await databases.init(databaseId);
    });

    it('refuses attestations, waivers and handovers on an entity that is not scored, twice, writing nothing', async () => {
      const { server, recorded } = await startGatekeeperBackend(
        [],
        {},
        { knex: db },
      );
      const api = client(server);
      const before = await rows();
      for (let attempt = 1; attempt <= 2; attempt++) {
        const answers = [
          await api('alice').post('/attestations', {
            entityRef: SHOP,
            type: 'restore-tested',
            evidenceUrl: 'https://wiki.example/evidence',
          }),
          await api('alice').post('/waivers', {
            entityRef: SHOP,
            checkId: 'ops.runbook',
            justification: 'runbook is being written',
            expiresAt: IN_30_DAYS,
          }),
          await api('alice').post('/handovers', { entityRef: SHOP }),
        ];
        for (const answer of answers) {
          expect(answer.status).toBe(404);
          expect(answer.body.error.message).toBe(
            `${SHOP} is not a scored entity in the catalog`,
          );
        }
      }
      expect(await rows()).toEqual(before);
      expect(recorded.audit.filter(a => a.outcome === 'success')).toEqual([]);
      expect(
        (await api('alice').get(`/attestations?entityRef=${SHOP}`)).body.items,
      ).toEqual([]);
      expect(
        (await api('alice').get(`/waivers?entityRef=${SHOP}`)).body.items,
      ).toEqual([]);
    });

    it('withdraws a handover whose component left the entityFilter, and revokes its waiver', async () => {
      const first = client(
        (await startGatekeeperBackend([], {}, { knex: db })).server,
      );
      const created = await first('alice').post('/handovers', {
        entityRef: CHECKOUT,
      });
      expect(created.status).toBe(201);
      const waiver = await first('alice').post('/waivers', {
        entityRef: CHECKOUT,
        checkId: 'ops.runbook',
        justification: 'runbook is being written',
        expiresAt: IN_30_DAYS,
      });
      expect(waiver.body).toMatchObject({ status: 'requested' });
      expect(
        (
          await first('sam').post(`/waivers/${waiver.body.id}/decision`, {
            decision: 'approve',
          })
        ).status,
      ).toBe(200);

      // The same database, now with a filter that no longer selects checkout.
      const { server } = await startGatekeeperBackend(
        [],
        {
          smo: {
            readiness: {
              entityFilter: [
                { kind: 'Component', 'spec.lifecycle': 'experimental' },
              ],
            },
          },
        },
        { knex: db },
      );
      const later = client(server);
      expect(
        (await later('alice').get(`/readiness/${CHECKOUT.replace(':', '/')}`))
          .status,
      ).toBe(200); // stored
      const submit = await later('alice').post(
        `/handovers/${created.body.id}/transitions`,
        {
          action: 'submit',
          version: 1,
        },
      );
      expect(submit.status).toBe(404);

      const withdrawn = await later('alice').post(
        `/handovers/${created.body.id}/transitions`,
        {
          action: 'withdraw',
          version: 1,
          comment: 'no longer in scope',
        },
      );
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.state).toBe('withdrawn');
      const log = await db('smo_decision_log')
        .where({ subject_id: created.body.id, action: 'withdraw' })
        .select('snapshot_id');
      expect(log).toEqual([{ snapshot_id: null }]);

      // Approving needs a scored entity; revoking an exemption does not.
      const revoked = await later('sam').post(
        `/waivers/${waiver.body.id}/revoke`,
        {
          comment: 'component out of scope',
        },
      );
      expect(revoked.status).toBe(200);
      expect(revoked.body.status).toBe('revoked');
    });
  },
);
