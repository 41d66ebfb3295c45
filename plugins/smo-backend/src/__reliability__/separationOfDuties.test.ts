import { Knex } from 'knex';
import {
  gatekeeperHarness,
  startGatekeeperBackend,
} from '../__testUtils__/gatekeeperBackend';
import {
  componentsNamed,
  Harness,
  refOf,
  waiverRequest,
} from '../__testUtils__/harness';
import { createTestDatabases } from '../__testUtils__/testDatabases';

// Issue 14, item 1: gus holds every permission plus the SMO and service-owner roles, as the demo's guest does. Before
// the rules he approved his own waiver (200), gave the service-owner and the SMO sign-off on one handover (201, 201)
// and accepted a handover he had requested himself.

const databases = createTestDatabases();
const NAMES = ['sod-waiver', 'sod-one', 'sod-requester', 'sod-race'];

describe.each(databases.eachSupportedId())(
  'separation of duties on %p',
  databaseId => {
    let db: Knex;
    let h: Harness;
    let log: () => Promise<{ action: string; actor: string }[]>;

    beforeAll(async () => {
      ({ db, h } = await gatekeeperHarness(databases, databaseId, NAMES));
      log = () =>
        db('smo_decision_log').select('action', 'actor').orderBy('at', 'asc');
    });

    it('refuses the requester’s own decision on a waiver and keeps it requested; another SMO member decides', async () => {
      const ref = refOf('sod-waiver');
      const waiver = await h.ok('gus', '/waivers', waiverRequest(ref));
      for (const decision of ['approve', 'reject']) {
        const own = await h.call(
          'gus',
          'post',
          `/waivers/${waiver.id}/decision`,
          { decision, comment: 'mine' },
        );
        expect(own.status).toBe(403);
        expect(own.body.error.message).toBe(
          'Separation of duties: the requester of a waiver cannot decide it; someone else from the SMO must.',
        );
      }
      const stored = await h.get('gus', `/waivers?entityRef=${ref}`);
      expect(stored.body.items[0].status).toBe('requested');
      expect(stored.body.items[0]).not.toHaveProperty('approvedBy');
      const other = await h.call(
        'sam',
        'post',
        `/waivers/${waiver.id}/decision`,
        { decision: 'approve' },
      );
      expect(other.body).toMatchObject({
        status: 'approved',
        approvedBy: 'user:default/sam',
      });
    });

    it('lets one person give one sign-off per round, and change it, but not a second role', async () => {
      const { id } = await h.handoverIn('in-review', refOf('sod-one'));
      const sign = (role: string, decision = 'approve') =>
        h.call('gus', 'post', `/handovers/${id}/sign-offs`, {
          role,
          decision,
          comment: 'checked',
        });
      expect((await sign('service-owner')).status).toBe(201);
      const second = await sign('smo-approver');
      expect(second.status).toBe(403);
      expect(second.body.error.message).toBe(
        'Separation of duties: one person gives at most one sign-off per review round, and this person already signed off as service-owner.',
      );
      // Changing one's own decision in the same role is not a second sign-off.
      expect((await sign('service-owner', 'reject')).status).toBe(201);
      const handover = (await h.get('gus', `/handovers/${id}`)).body;
      expect(
        handover.signOffs.map((s: any) => `${s.role}:${s.decision}`),
      ).toEqual(['service-owner:approve', 'service-owner:reject']);
      // sam, a different person, gives the SMO approval.
      expect(
        (
          await h.call('sam', 'post', `/handovers/${id}/sign-offs`, {
            role: 'smo-approver',
            decision: 'approve',
          })
        ).status,
      ).toBe(201);
    });

    it('keeps the requester of a handover from its SMO approval and from accepting it', async () => {
      const ref = refOf('sod-requester');
      await h.makeReady(ref);
      const { id } = await h.ok('gus', '/handovers', { entityRef: ref });
      let { version } = await h.ok('gus', `/handovers/${id}/transitions`, {
        action: 'submit',
        version: 1,
      });
      ({ version } = await h.ok('sam', `/handovers/${id}/transitions`, {
        action: 'start-review',
        version,
      }));
      const approval = await h.call(
        'gus',
        'post',
        `/handovers/${id}/sign-offs`,
        {
          role: 'smo-approver',
          decision: 'approve',
        },
      );
      expect(approval.status).toBe(403);
      expect(approval.body.error.message).toBe(
        'Separation of duties: the requester of a handover cannot give its SMO approval.',
      );
      for (const [user, role] of [
        ['alice', 'service-owner'],
        ['sam', 'smo-approver'],
        ['jane', 'incident-process-owner'],
        ['carl', 'change-process-owner'],
      ] as const) {
        ({ version } = await h.ok(user, `/handovers/${id}/sign-offs`, {
          role,
          decision: 'approve',
        }));
      }
      const own = await h.transition('gus', id, 'accept', version);
      expect(own.status).toBe(403);
      expect(own.body.error.message).toBe(
        'Separation of duties: the requester of a handover cannot accept it.',
      );
      expect((await h.get('gus', `/handovers/${id}`)).body.state).toBe(
        'in-review',
      );
      expect((await h.transition('sam', id, 'accept', version)).status).toBe(
        200,
      );
      // Nothing of the refused attempts is in the decision log.
      const gusActions = (await log())
        .filter(e => e.actor === 'user:default/gus')
        .map(e => e.action);
      expect(gusActions).not.toContain('accept');
      expect(gusActions).not.toContain('sign-off:smo-approver:approve');
    });

    it('lets only one of two sign-offs sent at once by one person in two roles through', async () => {
      const { id } = await h.handoverIn('in-review', refOf('sod-race'));
      const answers = await Promise.all(
        ['service-owner', 'smo-approver'].map(role =>
          h.call('gus', 'post', `/handovers/${id}/sign-offs`, {
            role,
            decision: 'approve',
          }),
        ),
      );
      expect(answers.map(a => a.status).sort()).toEqual([201, 403]);
      expect(
        (await h.get('gus', `/handovers/${id}`)).body.signOffs,
      ).toHaveLength(1);
    });
  },
);

describe('separation of duties relaxed by configuration', () => {
  it('lets the requester decide their own waiver when smo.separationOfDuties.waiverRequesterMayDecide is true', async () => {
    const { server } = await startGatekeeperBackend(
      componentsNamed(['sod-relaxed']),
      { smo: { separationOfDuties: { waiverRequesterMayDecide: true } } },
    );
    const h = new Harness(server);
    const waiver = await h.ok(
      'gus',
      '/waivers',
      waiverRequest(refOf('sod-relaxed')),
    );
    const own = await h.call('gus', 'post', `/waivers/${waiver.id}/decision`, {
      decision: 'approve',
    });
    expect(own.body).toMatchObject({
      status: 'approved',
      approvedBy: 'user:default/gus',
    });
  });
});
