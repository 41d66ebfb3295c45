import {
  HANDOVER_STATES as STATES,
  HANDOVER_TRANSITIONS as TRANSITIONS,
  HandoverAction,
  HandoverState,
} from '@smo-backstage/plugin-smo-common';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { componentsNamed, Harness, refOf } from '../__testUtils__/harness';

/** The handover state machine of the SMO model, written out independently of the implementation. */
const SPEC: Record<
  HandoverAction,
  { from: HandoverState[]; to: HandoverState }
> = {
  submit: { from: ['draft'], to: 'submitted' },
  'start-review': { from: ['submitted'], to: 'in-review' },
  accept: { from: ['in-review'], to: 'accepted' },
  reject: { from: ['submitted', 'in-review'], to: 'rejected' },
  reopen: { from: ['rejected'], to: 'draft' },
  withdraw: {
    from: ['draft', 'submitted', 'in-review', 'rejected'],
    to: 'withdrawn',
  },
  'start-early-life-support': { from: ['accepted'], to: 'early-life-support' },
  'complete-early-life-support': {
    from: ['early-life-support'],
    to: 'operational',
  },
};
const ACTIONS = Object.keys(SPEC) as HandoverAction[];

/** Who may ask for an action, so that only the state can be the reason for a refusal. */
const actorFor = (action: HandoverAction) =>
  TRANSITIONS[action].authority === 'decide' ? 'sam' : 'alice';

const allowed = STATES.flatMap(from =>
  ACTIONS.filter(a => SPEC[a].from.includes(from)).map(a => [from, a] as const),
);
const refused = STATES.flatMap(from =>
  ACTIONS.filter(a => !SPEC[a].from.includes(from)).map(
    a => [from, a] as const,
  ),
);
const componentOf = (from: string, action: string) => `sm-${from}-${action}`;

describe('handover state machine over HTTP', () => {
  let h: Harness;

  beforeAll(async () => {
    const names = [
      ...allowed.map(([from, a]) => componentOf(from, a)),
      ...STATES.map(s => componentOf(s, 'probe')),
      'sm-reopen',
      'sm-stale',
    ];
    h = new Harness(
      (await startGatekeeperBackend(componentsNamed(names))).server,
    );
  });

  afterAll(() => {
    console.log(
      `state machine: ${allowed.length} allowed and ${refused.length} refused transitions over HTTP`,
    );
  });

  it('implements the transitions of the SMO model', () => {
    const implemented = Object.fromEntries(
      ACTIONS.map(a => [
        a,
        { from: [...TRANSITIONS[a].from].sort(), to: TRANSITIONS[a].to },
      ]),
    );
    const spec = Object.fromEntries(
      ACTIONS.map(a => [a, { from: [...SPEC[a].from].sort(), to: SPEC[a].to }]),
    );
    expect(implemented).toEqual(spec);
  });

  it.each(allowed)('%s → %s succeeds', async (from, action) => {
    const ref = refOf(componentOf(from, action));
    const handover = await h.handoverIn(from, ref);
    const { id } = handover;
    let { version } = handover;
    if (action === 'accept') {
      await h.makeReady(ref);
      // Each sign-off bumps the version.
      version = await h.signAll(id);
    }
    const res = await h.transition(actorFor(action), id, action, version);
    expect({ status: res.status, body: res.body }).toMatchObject({
      status: 200,
      body: { state: SPEC[action].to, version: version + 1 },
    });
  });

  describe.each(STATES)('from %s', from => {
    let handover: { id: string; version: number };
    beforeAll(async () => {
      handover = await h.handoverIn(from, refOf(componentOf(from, 'probe')));
    });

    it.each(refused.filter(([f]) => f === from).map(([, a]) => a))(
      '%s is refused with 409 and changes nothing',
      async action => {
        const res = await h.transition(
          actorFor(action),
          handover.id,
          action,
          handover.version,
        );
        expect({
          status: res.status,
          message: res.body.error?.message,
        }).toEqual({
          status: 409,
          message: expect.stringContaining(
            `Cannot ${action} a handover that is ${from}`,
          ),
        });
        const after = await h.get('alice', `/handovers/${handover.id}`);
        expect(after.body).toMatchObject({
          state: from,
          version: handover.version,
        });
      },
    );
  });

  it('reopening starts a new round without the earlier sign-offs', async () => {
    const ref = refOf('sm-reopen');
    await h.makeReady(ref);
    const { id } = await h.handoverIn('in-review', ref);
    const version = await h.signAll(id);
    const rejected = await h.transition(
      'sam',
      id,
      'reject',
      version,
      'no runbook drill',
    );
    expect(rejected.body).toMatchObject({ state: 'rejected', round: 1 });
    const reopened = await h.transition('alice', id, 'reopen', version + 1);
    expect(reopened.body).toMatchObject({
      state: 'draft',
      round: 2,
      signOffs: [],
    });

    await h.transition('alice', id, 'submit', version + 2);
    await h.transition('sam', id, 'start-review', version + 3);
    // The first round's approvals do not carry over.
    const accept = await h.transition('sam', id, 'accept', version + 4);
    expect({
      status: accept.status,
      message: accept.body.error.message,
    }).toEqual({
      status: 409,
      message:
        'Missing approving sign-offs: service-owner, smo-approver, incident-process-owner, change-process-owner',
    });
  });

  it('refuses a decision made on a stale or unknown version with 409', async () => {
    const { id, version } = await h.handoverIn('submitted', refOf('sm-stale'));
    for (const v of [version - 1, version + 1]) {
      const res = await h.transition('sam', id, 'start-review', v);
      expect({ status: res.status, message: res.body.error.message }).toEqual({
        status: 409,
        message: expect.stringContaining(`is at version ${version}, not ${v}`),
      });
    }
    expect((await h.get('sam', `/handovers/${id}`)).body).toMatchObject({
      state: 'submitted',
      version,
    });
  });
});
