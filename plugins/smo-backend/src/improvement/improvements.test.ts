import { lastClosedMonth } from '@smo-backstage/plugin-smo-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { computeScore } from '../engine/score';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { componentsNamed, Harness, refOf } from '../__testUtils__/harness';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { ServiceLevelStore } from '../store/ServiceLevelStore';

// The CSI register through the real plugin, on each database. jane owns the continual-improvement ProcessOwner;
// carl holds the approve permission without that authority; gus is in the SMO group and holds everything.

const databases = createTestDatabases();
jest.setTimeout(120_000);

const GOLD = 'servicelevelagreement:default/gold';
const OFFERING = 'serviceoffering:default/online-checkout';
const RESTORE = 'continuity.restore-tested';
const due = (days = 14) => DateTime.utc().plus({ days }).toISODate()!;

const raiseBody = (entityRef: string, extra: object = {}) => ({
  title: 'Test the restores',
  entityRef,
  problem: 'Nobody has restored a backup this year',
  goal: { type: 'check', checkId: RESTORE },
  ownerRef: 'group:default/team-a',
  dueDate: due(),
  ...extra,
});

/** One month of the gold SLA's figures with this availability. */
const month = (percent: number) => ({
  agreementRef: GOLD,
  month: lastClosedMonth(DateTime.utc()),
  computedAt: DateTime.utc().toISO()!,
  figures: {
    month: lastClosedMonth(DateTime.utc()),
    targets: [],
    availability: {
      promised: 99.9,
      outageMinutes: 100,
      serviceMinutes: 44640,
      percent,
      met: percent >= 99.9,
    },
    incidentIds: [],
  },
});

describe.each(databases.eachSupportedId())(
  'the CSI register on %p',
  databaseId => {
    async function start(names: string[], hidden: string[] = []) {
      const knex: Knex = await databases.init(databaseId);
      const backend = await startGatekeeperBackend(
        componentsNamed(names),
        {},
        { knex, hiddenFrom: { 'user:default/mallory': hidden } },
      );
      return { ...backend, knex, h: new Harness(backend.server) };
    }

    it('raises once, moves along the state machine under its rules and closes only when the check passes', async () => {
      const { h, recorded } = await start(['csi-a', 'csi-b']);
      const ref = refOf('csi-a');
      const raised = await h.call(
        'alice',
        'post',
        '/improvements',
        raiseBody(ref),
      );
      expect(raised.status).toBe(201);
      expect(raised.body).toMatchObject({
        status: 'proposed',
        version: 1,
        source: { type: 'manual' },
        createdBy: 'user:default/alice',
        goalText: `${RESTORE} passes`,
      });
      const { id } = raised.body;
      // A retry answers the stored record; nothing new is written.
      const retry = await h.call(
        'alice',
        'post',
        '/improvements',
        raiseBody(ref),
      );
      expect({ status: retry.status, id: retry.body.id }).toEqual({
        status: 200,
        id,
      });
      expect(
        (await h.get('alice', `/improvements?entityRef=${ref}`)).body
          .totalCount,
      ).toBe(1);
      expect(recorded.notifications).toContainEqual({
        recipients: {
          type: 'entity',
          entityRef: ['user:default/jane', 'group:default/team-a'],
        },
        title: `Improvement proposed on ${ref}: Test the restores`,
      });

      const move = (
        caller: any,
        action: string,
        version: number,
        comment?: string,
      ) =>
        h.call(caller, 'post', `/improvements/${id}/transitions`, {
          action,
          version,
          ...(comment && { comment }),
        });
      // Without the permission; with it but without the authority; raised by oneself.
      expect((await move('alice', 'approve', 1)).status).toBe(403);
      const carl = await move('carl', 'approve', 1);
      expect(carl.status).toBe(403);
      expect(carl.body.error.message).toContain(
        'continual-improvement ProcessOwner',
      );
      expect((await move('jane', 'start', 1)).status).toBe(403);
      expect((await move('jane', 'approve', 2)).status).toBe(409);
      const approved = await move('jane', 'approve', 1);
      expect(approved.body).toMatchObject({
        status: 'approved',
        version: 2,
        approvedBy: 'user:default/jane',
      });
      // The same approval again is a retry, answered with the record as it stands.
      expect((await move('jane', 'approve', 1)).body).toEqual(approved.body);
      const wrong = await move('jane', 'approve', 2);
      expect(wrong.status).toBe(409);
      expect(wrong.body.error.message).toContain('approved');
      expect((await move('alice', 'start', 2)).body.status).toBe('in-progress');

      const link = { url: 'https://wiki.example/restore', title: 'Runbook' };
      await h.ok('alice', `/improvements/${id}/evidence`, link);
      const twice = await h.ok('alice', `/improvements/${id}/evidence`, link);
      expect(twice.evidence).toEqual([
        { ...link, addedBy: 'user:default/alice', addedAt: expect.any(String) },
      ]);

      const early = await h.call('alice', 'post', `/improvements/${id}/close`, {
        version: 4,
      });
      expect(early.status).toBe(409);
      expect(early.body.error.message).toContain(
        `${RESTORE} is fail on ${ref}`,
      );
      await h.ok('alice', '/attestations', {
        entityRef: ref,
        type: 'restore-tested',
      });
      const done = await h.call('alice', 'post', `/improvements/${id}/close`, {
        version: 4,
        comment: 'restored on Tuesday',
      });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({
        status: 'done',
        version: 5,
        closing: {
          closedBy: 'user:default/alice',
          summary: expect.stringContaining(`${RESTORE} passes on ${ref}`),
          data: { entityRef: ref, check: { id: RESTORE, status: 'pass' } },
        },
      });
      expect(
        (await h.get('mallory', `/improvements/${id}`)).body.closing,
      ).toEqual(done.body.closing);
      const late = await h.call(
        'alice',
        'post',
        `/improvements/${id}/evidence`,
        {
          url: 'https://x.example/late',
          title: 'Late',
        },
      );
      expect(late.status).toBe(409);
      expect(
        recorded.audit.filter(
          a => a.eventId === 'improvement-close' && a.outcome === 'success',
        ),
      ).toHaveLength(1);

      // Abandoning takes a comment; the SMO may approve what someone else raised, never what they raised themselves.
      const other = await h.ok(
        'alice',
        '/improvements',
        raiseBody(refOf('csi-b'), { title: 'Another' }),
      );
      const path = `/improvements/${other.id}/transitions`;
      expect(
        (await h.call('jane', 'post', path, { action: 'abandon', version: 1 }))
          .status,
      ).toBe(400);
      expect(
        (await h.ok('gus', path, { action: 'approve', version: 1 })).approvedBy,
      ).toBe('user:default/gus');
      expect(
        await h.ok('jane', path, {
          action: 'abandon',
          version: 2,
          comment: 'superseded',
        }),
      ).toMatchObject({ status: 'abandoned', comment: 'superseded' });
      const own = await h.ok(
        'gus',
        '/improvements',
        raiseBody(refOf('csi-b'), { title: 'Mine' }),
      );
      const sod = await h.call(
        'gus',
        'post',
        `/improvements/${own.id}/transitions`,
        {
          action: 'approve',
          version: 1,
        },
      );
      expect(sod.status).toBe(403);
      expect(sod.body.error.message).toContain('separation of duties');
    });

    it('refuses what is not valid: kind, goal, agreement, due date, owner', async () => {
      const { h } = await start(['csi-v']);
      const ref = refOf('csi-v');
      const refused = async (extra: object) => {
        const res = await h.call(
          'alice',
          'post',
          '/improvements',
          raiseBody(ref, extra),
        );
        return `${res.status} ${res.body.error?.message}`;
      };
      expect(await refused({ goal: { type: 'check' } })).toMatch(
        /^400 .*goal.checkId/,
      );
      expect(
        await refused({ goal: { type: 'check', checkId: 'no.such' } }),
      ).toMatch(/^400 .*no check 'no.such'/);
      expect(
        await refused({
          goal: {
            type: 'service-level',
            agreementRef: 'servicelevelagreement:default/nope',
            metric: 'availability',
            target: 99,
          },
        }),
      ).toMatch(/^400 .*goal.agreementRef/);
      expect(await refused({ dueDate: '2020-01-01' })).toMatch(
        /^400 .*dueDate/,
      );
      expect(await refused({ ownerRef: 'component:default/csi-v' })).toMatch(
        /^400 .*ownerRef/,
      );
      expect(await refused({ ownerRef: 'group:default/nobody' })).toMatch(
        /^400 .*ownerRef/,
      );
      expect(await refused({ entityRef: 'group:default/team-a' })).toMatch(
        /^404/,
      );
      expect(
        await refused({ suggestionKey: 'breached-month:x:2020-01' }),
      ).toMatch(/^400 .*suggestionKey/);
    });

    it('suggests a breached SLA month, raises it once, and closes a service-level goal only on figures that meet it', async () => {
      const { h, knex } = await start(['csi-s']);
      const store = ServiceLevelStore.create(knex);
      await store.save(month(99.2));
      const m = lastClosedMonth(DateTime.utc());
      const key = `breached-month:${GOLD}:${m}`;
      const [found] = (await h.get('alice', '/improvement-suggestions')).body
        .items;
      expect(found).toMatchObject({
        key,
        source: 'breached-month',
        occurredAt: m,
        proposal: {
          entityRef: OFFERING,
          ownerRef: 'group:default/team-a',
          goal: {
            type: 'service-level',
            agreementRef: GOLD,
            metric: 'availability',
            target: 99.9,
          },
          suggestionKey: key,
        },
      });
      // Raised twice at once: one record, the unique source key settles the race.
      const [first, racing] = await Promise.all([
        h.call('alice', 'post', '/improvements', found.proposal),
        h.call('alice', 'post', '/improvements', found.proposal),
      ]);
      expect([first.status, racing.status].sort()).toEqual([200, 201]);
      expect(racing.body.id).toBe(first.body.id);
      expect(first.body.source).toEqual({
        type: 'breached-month',
        key,
        description: found.reason,
      });
      // The same suggestion again, by anyone allowed, is the same improvement.
      const again = await h.call(
        'gus',
        'post',
        '/improvements',
        found.proposal,
      );
      expect({ status: again.status, id: again.body.id }).toEqual({
        status: 200,
        id: first.body.id,
      });
      expect(
        (await h.get('alice', '/improvement-suggestions')).body.items,
      ).toEqual([]);

      const { id } = first.body;
      await h.ok('jane', `/improvements/${id}/transitions`, {
        action: 'approve',
        version: 1,
      });
      await h.ok('alice', `/improvements/${id}/transitions`, {
        action: 'start',
        version: 2,
      });
      const early = await h.call('alice', 'post', `/improvements/${id}/close`, {
        version: 3,
      });
      expect(early.status).toBe(409);
      expect(early.body.error.message).toBe(
        `availability was 99.2% in ${m}, the goal is 99.9%`,
      );
      await store.save(month(99.95));
      const done = await h.ok('alice', `/improvements/${id}/close`, {
        version: 3,
      });
      expect(done.closing).toMatchObject({
        summary: `availability was 99.95% in ${m} (goal 99.9%)`,
        data: {
          agreementRef: GOLD,
          month: m,
          figures: { availability: { percent: 99.95 } },
        },
      });
    });

    it('closes a check goal on an offering when every counted component passes the check, from the stored roll-up', async () => {
      const { h, scheduler } = await start(['csi-o']);
      await scheduler.triggerTask('smo-readiness-sweep');
      const inProgress = async (checkId: string) => {
        const { id } = await h.ok(
          'alice',
          '/improvements',
          raiseBody(OFFERING, {
            title: checkId,
            goal: { type: 'check', checkId },
          }),
        );
        await h.ok('jane', `/improvements/${id}/transitions`, {
          action: 'approve',
          version: 1,
        });
        await h.ok('alice', `/improvements/${id}/transitions`, {
          action: 'start',
          version: 2,
        });
        return id;
      };
      const failing = await inProgress(RESTORE);
      const refused = await h.call(
        'alice',
        'post',
        `/improvements/${failing}/close`,
        { version: 3 },
      );
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(
        new RegExp(`^${RESTORE} is fail on component:default/`),
      );
      const passing = await inProgress('docs.techdocs');
      const done = await h.ok('alice', `/improvements/${passing}/close`, {
        version: 3,
      });
      expect(done.closing.data.members.map((m: any) => m.entityRef)).toEqual([
        'component:default/checkout',
        'component:default/csi-o',
      ]);
      expect(done.closing.summary).toBe(
        `docs.techdocs passes on all 2 counted components of ${OFFERING}`,
      );
    });

    it('suggests a waiver renewed a second time and a rejected handover, newest first, only on what the caller sees', async () => {
      const { h, knex } = await start(
        ['csi-w', 'csi-r', 'csi-x'],
        [refOf('csi-x')],
      );
      const waiverId = await h.waiverIn('approved', refOf('csi-w'), RESTORE);
      await knex('smo_waivers').where({ id: waiverId }).update({ renews: 2 });
      const hiddenWaiver = await h.waiverIn(
        'approved',
        refOf('csi-x'),
        RESTORE,
      );
      await knex('smo_waivers')
        .where({ id: hiddenWaiver })
        .update({ renews: 3 });
      const handover = await h.handoverIn('rejected', refOf('csi-r'));
      const blockers = (
        await h.get('alice', '/readiness/component/default/csi-r')
      ).body.blockers;

      const items = (await h.get('alice', '/improvement-suggestions')).body
        .items;
      expect(items.map((s: any) => s.key)).toEqual([
        `rejected-handover:${handover.id}`,
        `renewed-waiver:${hiddenWaiver}`,
        `renewed-waiver:${waiverId}`,
      ]);
      expect(items[0].proposal).toMatchObject({
        entityRef: refOf('csi-r'),
        goal: { type: 'check', checkId: blockers[0] },
      });
      expect(items[2].proposal).toMatchObject({
        entityRef: refOf('csi-w'),
        ownerRef: 'group:default/team-a',
        goal: { type: 'check', checkId: RESTORE },
      });
      const mallory = (await h.get('mallory', '/improvement-suggestions')).body
        .items;
      expect(mallory.map((s: any) => s.key)).toEqual([
        `rejected-handover:${handover.id}`,
        `renewed-waiver:${waiverId}`,
      ]);
      expect(
        (await h.get('alice', '/improvement-suggestions?limit=1')).body.items,
      ).toHaveLength(1);

      await h.ok('alice', '/improvements', items[2].proposal);
      expect(
        (await h.get('alice', '/improvement-suggestions')).body.items.map(
          (s: any) => s.key,
        ),
      ).not.toContain(`renewed-waiver:${waiverId}`);
    });

    it('sums up waiver debt per team and per offering, with and without the waivers, over what the caller sees; hides improvements of hidden entities', async () => {
      const { h, knex } = await start(
        ['csi-d1', 'csi-d2', 'csi-h'],
        [refOf('csi-h')],
      );
      const old = await h.waiverIn('approved', refOf('csi-d1'), RESTORE);
      await h.waiverIn('approved', refOf('csi-d2'), RESTORE);
      await h.waiverIn('approved', refOf('csi-h'), RESTORE);
      await knex('smo_waivers')
        .where({ id: old })
        .update({
          renews: 1,
          decided_at: DateTime.utc().minus({ days: 10, hours: 1 }).toISO(),
        });
      const results = await Promise.all(
        ['csi-d1', 'csi-d2', 'csi-h'].map(
          async n =>
            (
              await h.get('alice', `/readiness/component/default/${n}`)
            ).body,
        ),
      );
      const without = (r: any) =>
        computeScore(
          r.checks.map((c: any) =>
            c.status === 'waived' ? { ...c, status: 'fail' } : c,
          ),
        );
      const mean = (xs: number[]) =>
        Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;
      expect(results[0].checks.find((c: any) => c.id === RESTORE).status).toBe(
        'waived',
      );
      expect(without(results[0])).toBeLessThan(results[0].score);

      const team = (await h.get('alice', '/waiver-debt?by=team')).body;
      expect(team).toEqual({
        totalCount: 1,
        items: [
          {
            ref: 'group:default/team-a',
            waivers: 3,
            oldestDays: 10,
            averageDays: expect.any(Number),
            renewals: 1,
            score: mean(results.map(r => r.score)),
            scoreWithoutWaivers: mean(results.map(without)),
          },
        ],
      });
      // (10 days and an hour + two of today) / 3.
      expect(team.items[0].averageDays).toBe(3.3);
      const seen = (await h.get('mallory', '/waiver-debt?by=team')).body
        .items[0];
      expect(seen).toMatchObject({
        waivers: 2,
        score: mean(results.slice(0, 2).map(r => r.score)),
        scoreWithoutWaivers: mean(results.slice(0, 2).map(without)),
      });
      const offering = (await h.get('alice', '/waiver-debt?by=offering')).body;
      expect(offering.items.map((r: any) => r.ref)).toEqual(
        results[0].basis.offerings,
      );
      expect(
        (await h.get('alice', '/waiver-debt?limit=1&offset=1')).body,
      ).toEqual({
        totalCount: 1,
        items: [],
      });

      const hidden = await h.ok(
        'alice',
        '/improvements',
        raiseBody(refOf('csi-h')),
      );
      await h.ok('alice', '/improvements', raiseBody(refOf('csi-d1')));
      expect(
        (await h.get('mallory', `/improvements/${hidden.id}`)).status,
      ).toBe(404);
      expect(
        (
          await h.call(
            'mallory',
            'post',
            `/improvements/${hidden.id}/evidence`,
            {
              url: 'https://x.example',
              title: 'x',
            },
          )
        ).status,
      ).toBe(404);
      const list = (await h.get('mallory', '/improvements')).body;
      expect(list.totalCount).toBe(1);
      expect(list.items.map((i: any) => i.entityRef)).toEqual([
        refOf('csi-d1'),
      ]);
      expect(
        (await h.get('alice', '/improvements?limit=1')).body,
      ).toMatchObject({
        totalCount: 2,
        items: [expect.anything()],
      });
      expect(
        (await h.get('mallory', `/improvements?entityRef=${refOf('csi-h')}`))
          .status,
      ).toBe(404);
    });
  },
);
