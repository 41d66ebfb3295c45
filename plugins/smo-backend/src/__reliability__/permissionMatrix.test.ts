import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import {
  Caller,
  componentsNamed,
  Harness,
  improvementRequest,
  refOf,
  waiverRequest,
} from '../__testUtils__/harness';

type Role = 'alice' | 'jane' | 'carl' | 'sam' | 'mallory';
const ROLES: Record<Role, string> = {
  alice: 'developer and service owner',
  jane: 'incident and continual-improvement process owner',
  carl: 'change process owner (granted the improvement approval, without the authority)',
  sam: 'SMO approver',
  mallory: 'outsider',
};

interface Action {
  /** The one role allowed to do it (the test policy and role resolution of the SMO model). */
  allowed: Role;
  /** Prepares a resource in the right state; returns the request each role then tries. */
  prepare(h: Harness, ref: string): Promise<{ path: string; body: object }>;
}

const transition =
  (from: Parameters<Harness['handoverIn']>[0], action: string) =>
  async (h: Harness, ref: string) => {
    const handover = await h.handoverIn(from, ref);
    const { id } = handover;
    let { version } = handover;
    if (action === 'accept') {
      await h.makeReady(ref);
      version = await h.signAll(id); // each sign-off bumps the version
    }
    return {
      path: `/handovers/${id}/transitions`,
      body: { action, version, comment: 'matrix' },
    };
  };

const improvementMove =
  (from: Parameters<Harness['improvementIn']>[0], action: string) =>
  async (h: Harness, ref: string) => {
    const { id, version } = await h.improvementIn(from, ref);
    return {
      path: `/improvements/${id}/transitions`,
      body: { action, version, comment: 'matrix' },
    };
  };

const signOff = (role: string) => async (h: Harness, ref: string) => ({
  path: `/handovers/${(await h.handoverIn('in-review', ref)).id}/sign-offs`,
  body: { role, decision: 'approve' },
});

const ACTIONS: Record<string, Action> = {
  attest: {
    allowed: 'alice',
    prepare: async (_, entityRef) => ({
      path: '/attestations',
      body: { entityRef, type: 'security-review' },
    }),
  },
  'request waiver': {
    allowed: 'alice',
    prepare: async (_, ref) => ({ path: '/waivers', body: waiverRequest(ref) }),
  },
  'decide waiver': {
    allowed: 'sam',
    prepare: async (h, ref) => ({
      path: `/waivers/${await h.waiverIn('requested', ref)}/decision`,
      body: { decision: 'approve' },
    }),
  },
  'revoke waiver': {
    allowed: 'sam',
    prepare: async (h, ref) => ({
      path: `/waivers/${await h.waiverIn('approved', ref)}/revoke`,
      body: { comment: 'check fixed' },
    }),
  },
  'create handover': {
    allowed: 'alice',
    prepare: async (_, entityRef) => ({
      path: '/handovers',
      body: { entityRef },
    }),
  },
  submit: { allowed: 'alice', prepare: transition('draft', 'submit') },
  withdraw: { allowed: 'alice', prepare: transition('submitted', 'withdraw') },
  reopen: { allowed: 'alice', prepare: transition('rejected', 'reopen') },
  'start review': {
    allowed: 'sam',
    prepare: transition('submitted', 'start-review'),
  },
  accept: { allowed: 'sam', prepare: transition('in-review', 'accept') },
  reject: { allowed: 'sam', prepare: transition('in-review', 'reject') },
  'start early-life support': {
    allowed: 'sam',
    prepare: transition('accepted', 'start-early-life-support'),
  },
  'complete early-life support': {
    allowed: 'sam',
    prepare: transition('early-life-support', 'complete-early-life-support'),
  },
  'sign off as service owner': {
    allowed: 'alice',
    prepare: signOff('service-owner'),
  },
  'sign off as SMO approver': {
    allowed: 'sam',
    prepare: signOff('smo-approver'),
  },
  'sign off as incident process owner': {
    allowed: 'jane',
    prepare: signOff('incident-process-owner'),
  },
  'sign off as change process owner': {
    allowed: 'carl',
    prepare: signOff('change-process-owner'),
  },
  'raise improvement': {
    allowed: 'alice',
    prepare: async (_, ref) => ({
      path: '/improvements',
      body: improvementRequest(ref),
    }),
  },
  'approve improvement': {
    allowed: 'jane',
    prepare: improvementMove('proposed', 'approve'),
  },
  'start improvement': {
    allowed: 'alice',
    prepare: improvementMove('approved', 'start'),
  },
  'abandon improvement': {
    allowed: 'jane',
    prepare: improvementMove('in-progress', 'abandon'),
  },
  'close improvement': {
    allowed: 'alice',
    prepare: async (h, ref) => {
      const { id, version } = await h.improvementIn('in-progress', ref);
      return { path: `/improvements/${id}/close`, body: { version } };
    },
  },
  'link improvement evidence': {
    allowed: 'alice',
    prepare: async (h, ref) => ({
      path: `/improvements/${
        (await h.improvementIn('proposed', ref)).id
      }/evidence`,
      body: { url: 'https://wiki.example/csi', title: 'Minutes' },
    }),
  },
};

const componentOf = (action: string) => `pm-${action.replace(/\W+/g, '-')}`;

describe('permission matrix: each role × each gatekeeper action', () => {
  let h: Harness;

  beforeAll(async () => {
    const names = Object.keys(ACTIONS).map(componentOf);
    h = new Harness(
      (await startGatekeeperBackend(componentsNamed(names))).server,
    );
  });

  afterAll(() => {
    const cells = Object.keys(ACTIONS).length * Object.keys(ROLES).length;
    console.log(
      `permission matrix: ${Object.keys(ROLES).length} roles × ${
        Object.keys(ACTIONS).length
      } actions = ${cells} cells`,
    );
  });

  it.each(Object.entries(ACTIONS))('%s', async (name, { allowed, prepare }) => {
    const { path, body } = await prepare(h, refOf(componentOf(name)));
    const answers: Partial<Record<Role, number>> = {};
    // The refused roles first: a refusal must change nothing, so the allowed role still succeeds.
    const order = [
      ...(Object.keys(ROLES) as Role[]).filter(r => r !== allowed),
      allowed,
    ];
    for (const role of order) {
      answers[role] = (await h.call(role as Caller, 'post', path, body)).status;
    }
    // The allowed role succeeds (200, or 201 when something is created); everyone else gets 403.
    expect(answers).toEqual({
      ...Object.fromEntries(Object.keys(ROLES).map(role => [role, 403])),
      [allowed]: answers[allowed] === 201 ? 201 : 200,
    });
  });
});
