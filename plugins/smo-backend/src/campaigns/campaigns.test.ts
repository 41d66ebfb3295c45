import {
  component,
  group,
  portfolioOffering,
  rel,
} from '@smo-backstage/plugin-smo-common/testUtils';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { Harness, waiverRequest } from '../__testUtils__/harness';
import { createTestDatabases } from '../__testUtils__/testDatabases';

// Through the real plugin, on each database: checkout (team-a, passes docs and runbook), pay-api (team-a) and b-api
// (team-b), which both miss them. docs-past reached its deadline long ago; runbooks (team-a only) runs until 2099.
const CATALOG = [
  group('team-b'),
  portfolioOffering('payments'),
  component(
    'pay-api',
    { owner: 'team-a' },
    {
      relations: [
        rel('delivers', 'serviceoffering:default/payments'),
        rel('ownedBy', 'group:default/team-a'),
      ],
    },
  ),
  component(
    'b-api',
    { owner: 'team-b' },
    { relations: [rel('ownedBy', 'group:default/team-b')] },
  ),
];

const CAMPAIGNS = {
  smo: {
    improvement: {
      campaigns: [
        {
          id: 'docs-past',
          title: 'TechDocs everywhere',
          owner: 'smo',
          target: { checks: ['docs.techdocs'] },
          start: '2026-01-01',
          deadline: '2026-02-01',
        },
        {
          id: 'runbooks',
          title: 'Runbooks',
          owner: 'smo',
          target: { checks: ['ops.runbook'] },
          scope: { owners: ['team-a'] },
          start: '2026-01-01',
          deadline: '2099-01-01',
        },
      ],
    },
  },
};

const PAY = 'component:default/pay-api';
const B = 'component:default/b-api';

const databases = createTestDatabases();
jest.setTimeout(120_000);

describe.each(databases.eachSupportedId())('campaigns on %p', databaseId => {
  async function start(config: object = CAMPAIGNS, shared?: Knex) {
    const knex = shared ?? (await databases.init(databaseId));
    const backend = await startGatekeeperBackend(CATALOG, config, {
      knex,
      hiddenFrom: { 'user:default/mallory': [PAY] },
    });
    await backend.scheduler.triggerTask('smo-readiness-sweep');
    return { ...backend, h: new Harness(backend.server), knex };
  }

  it('switches a target check to blocking in scope once the deadline passed, and keeps it advisory before', async () => {
    const { h } = await start();
    const pay = (await h.get('alice', '/readiness/component/default/pay-api'))
      .body;
    expect(pay.campaigns).toEqual(['docs-past', 'runbooks']);
    const check = (id: string) => pay.checks.find((c: any) => c.id === id);
    expect(check('docs.techdocs')).toMatchObject({
      status: 'fail',
      severity: 'blocking',
      campaign: { id: 'docs-past', enforced: true, deadline: '2026-02-01' },
    });
    expect(pay.blockers).toContain('docs.techdocs');
    expect(check('ops.runbook')).toMatchObject({
      severity: 'advisory',
      campaign: { id: 'runbooks', enforced: false, deadline: '2099-01-01' },
    });
    expect(pay.blockers).not.toContain('ops.runbook');
    const b = (await h.get('alice', '/readiness/component/default/b-api')).body;
    expect(b.campaigns).toEqual(['docs-past']);

    // A first start after the campaigns began: the standard's history shows each step at its own date.
    const changes = (await h.get('alice', '/standard-changes')).body.items;
    expect(
      changes.map((c: any) => [c.recordedAt.slice(0, 10), c.summary]),
    ).toEqual([
      [
        '2026-02-01',
        'docs.techdocs: campaign docs-past deadline passed for tier-1, tier-2, tier-3, tier-4: blocking in its scope',
      ],
      [
        '2026-01-01',
        'docs.techdocs: campaign docs-past started: advisory in its scope until its deadlines; ops.runbook: campaign runbooks started: advisory in its scope until its deadlines',
      ],
    ]);
  });

  it('shows progress, teams, burn-up and members over what the caller can see', async () => {
    const { h } = await start();
    const list = (await h.get('alice', '/campaigns')).body.items;
    expect(list.map((c: any) => [c.id, c.status])).toEqual([
      ['docs-past', 'enforced'],
      ['runbooks', 'running'],
    ]);
    expect(list[0].progress).toEqual({
      inScope: 3,
      met: 1,
      waived: 0,
      open: 2,
      missed: 2,
    });
    expect(list[1].progress).toMatchObject({ inScope: 2, open: 1, missed: 0 });

    const detail = (await h.get('alice', '/campaigns/docs-past')).body;
    expect(detail.teams).toEqual([
      {
        ownerRef: 'group:default/team-a',
        inScope: 2,
        met: 1,
        waived: 0,
        open: 1,
        missed: 1,
      },
      {
        ownerRef: 'group:default/team-b',
        inScope: 1,
        met: 0,
        waived: 0,
        open: 1,
        missed: 1,
      },
    ]);
    // From the start to today, capped to a year; today's point is today's figures.
    const today = DateTime.utc().toISODate();
    expect(detail.burnUp).toHaveLength(
      Math.min(
        366,
        DateTime.utc().diff(DateTime.fromISO('2026-01-01'), 'days').days + 1,
      ) | 0,
    );
    expect(detail.burnUp.at(-1)).toEqual({
      date: today,
      inScope: 3,
      met: 1,
      waived: 0,
    });
    expect(
      detail.teamBurnUp.map((t: any) => [t.ownerRef, t.points.at(-1).met]),
    ).toEqual([
      ['group:default/team-a', 1],
      ['group:default/team-b', 0],
    ]);

    const open = (
      await h.get('alice', '/campaigns/docs-past/members?status=open')
    ).body;
    expect(open.totalCount).toBe(2);
    expect(open.items).toEqual([
      expect.objectContaining({
        entityRef: B,
        ownerRef: 'group:default/team-b',
        status: 'open',
        missed: true,
        deadline: '2026-02-01',
        failing: ['docs.techdocs'],
      }),
      expect.objectContaining({ entityRef: PAY, missed: true }),
    ]);
    const teamB = (
      await h.get(
        'alice',
        '/campaigns/docs-past/members?owner=group:default/team-b',
      )
    ).body;
    expect(teamB.items.map((m: any) => m.entityRef)).toEqual([B]);

    // mallory cannot see pay-api: it counts nowhere for her.
    const hers = (await h.get('mallory', '/campaigns')).body.items[0];
    expect(hers.progress).toMatchObject({ inScope: 2, open: 1 });
    const herMembers = (await h.get('mallory', '/campaigns/docs-past/members'))
      .body;
    expect(herMembers.items.map((m: any) => m.entityRef)).not.toContain(PAY);

    expect((await h.get('alice', '/campaigns/nope')).status).toBe(404);
    expect(
      (await h.get('alice', '/campaigns/docs-past/members?status=late')).status,
    ).toBe(400);
    expect((await h.get('none', '/campaigns')).status).toBe(401);
  });

  it('takes a waiver under a campaign that targets the check and covers the entity, and counts it as waived', async () => {
    const { h, scheduler } = await start();
    const ask = (campaignId: string, checkId = 'docs.techdocs') =>
      h.call('alice', 'post', '/waivers', {
        ...waiverRequest(PAY, checkId),
        campaignId,
      });
    const unknown = await ask('nope');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("no campaign 'nope'");
    const untargeted = await ask('runbooks');
    expect(untargeted.status).toBe(400);
    expect(untargeted.body.error.message).toContain(
      "campaign 'runbooks' does not target docs.techdocs",
    );
    const outOfScope = await h.call('alice', 'post', '/waivers', {
      ...waiverRequest(B, 'ops.runbook'),
      campaignId: 'runbooks',
    });
    expect(outOfScope.status).toBe(400);
    expect(outOfScope.body.error.message).toContain('not in the scope');

    const asked = await ask('docs-past');
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ campaignId: 'docs-past', renews: 0 });
    expect(
      (
        await h.call('sam', 'post', `/waivers/${asked.body.id}/decision`, {
          decision: 'approve',
        })
      ).status,
    ).toBe(200);
    // The approval re-evaluated pay-api at once: its standing in the campaign follows.
    const members = (await h.get('alice', '/campaigns/docs-past/members')).body
      .items;
    expect(members.find((m: any) => m.entityRef === PAY)).toMatchObject({
      status: 'waived',
      missed: false,
    });

    // A second waiver of the same check after the first was revoked renews it.
    await h.call('sam', 'post', `/waivers/${asked.body.id}/revoke`, {
      comment: 'docs are being written',
    });
    const again = await ask('docs-past');
    expect(again.status).toBe(201);
    expect(again.body.renews).toBe(1);
    await scheduler.triggerTask('smo-readiness-sweep');
  });

  it('records a campaign as a change of standard, and reminds each team once per cadence', async () => {
    const knex = await databases.init(databaseId);
    await start({}, knex); // the baseline, without campaigns
    const { h, scheduler, recorded } = await start(CAMPAIGNS, knex);
    const changes = (await h.get('alice', '/standard-changes')).body.items;
    expect(changes[0].summary).toContain(
      'docs.techdocs: campaign docs-past started: advisory in its scope until its deadlines',
    );
    expect(changes[0].summary).toContain(
      'docs.techdocs: campaign docs-past deadline passed for tier-1, tier-2, tier-3, tier-4: blocking in its scope',
    );
    expect(changes[0].changes).toContainEqual(
      expect.objectContaining({ change: 'campaign', campaignId: 'runbooks' }),
    );

    await scheduler.triggerTask('smo-campaign-reminders');
    const reminders = () =>
      recorded.notifications.filter(n => n.title.startsWith('Campaign '));
    expect(
      reminders()
        .map(n => `${(n.recipients as any).entityRef} ${n.title}`)
        .sort(),
    ).toEqual([
      'group:default/team-a Campaign Runbooks: 1 of your components still to do',
      'group:default/team-a Campaign TechDocs everywhere: 1 of your components still to do',
      'group:default/team-b Campaign TechDocs everywhere: 1 of your components still to do',
    ]);
    await scheduler.triggerTask('smo-campaign-reminders');
    expect(reminders()).toHaveLength(3);
  });
});
