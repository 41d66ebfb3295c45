import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { HandoverState } from '@smo-backstage/plugin-smo-common';
import { Server } from 'node:http';
import { DateTime } from 'luxon';
import request from 'supertest';
import { readyComponent } from './fixtures';

/** Who calls: a user of the test organisation, a service token, or nobody. */
export type Caller =
  | 'alice'
  | 'jane'
  | 'carl'
  | 'sam'
  | 'gus'
  | 'mallory'
  | 'service'
  | 'none';

export const refOf = (name: string) => `component:default/${name}`;

/** Components like `checkout` (same offering, owners and process owners), one per scenario. */
export const componentsNamed = (names: string[]): Entity[] =>
  names.map(name => readyComponent({ name }));

/** A valid waiver request body, expiring in 30 days. */
export const waiverRequest = (
  entityRef: string,
  checkId = 'docs.techdocs',
) => ({
  entityRef,
  checkId,
  justification: 'TechDocs migration scheduled for next quarter',
  expiresAt: DateTime.utc().plus({ days: 30 }).toISO(),
});

/** A valid improvement to raise on `entityRef`: the check `checkId` (passing on the fixtures' components) passes. */
export const improvementRequest = (
  entityRef: string,
  checkId = 'docs.techdocs',
) => ({
  title: `Keep ${checkId} passing`,
  entityRef,
  problem: 'It broke twice this quarter',
  goal: { type: 'check', checkId },
  ownerRef: 'group:default/team-a',
  dueDate: DateTime.utc().plus({ days: 30 }).toISODate(),
});

/** Drives the SMO API of a started test backend the way the UI would. */
export class Harness {
  constructor(private readonly server: Server) {}

  call(caller: Caller, method: 'get' | 'post', path: string, body?: unknown) {
    const req = request(this.server)[method](`/api/smo${path}`);
    // A request without a header counts as a default mock user in test backends: send 'none' explicitly.
    const headers: Record<string, () => string> = {
      service: () => mockCredentials.service.header(),
      none: () => mockCredentials.none.header(),
    };
    req.set(
      'Authorization',
      (
        headers[caller] ??
        (() => mockCredentials.user.header(`user:default/${caller}`))
      )(),
    );
    return body === undefined ? req : req.send(body as object);
  }

  get(caller: Caller, path: string) {
    return this.call(caller, 'get', path);
  }

  /** POSTs and fails loudly unless the answer is a success: for setting up scenarios. */
  async ok(caller: Caller, path: string, body: unknown = {}) {
    const res = await this.call(caller, 'post', path, body);
    if (res.status >= 300) {
      throw new Error(
        `setup POST ${path} as ${caller}: ${res.status} ${JSON.stringify(
          res.body,
        )}`,
      );
    }
    return res.body;
  }

  /** Records the attestations the fixtures' components miss, making them ready. */
  async makeReady(entityRef: string) {
    for (const type of ['restore-tested', 'security-review']) {
      await this.ok('alice', '/attestations', { entityRef, type });
    }
  }

  transition(
    caller: Caller,
    id: string,
    action: string,
    version: number,
    comment = 'because',
  ) {
    return this.call(caller, 'post', `/handovers/${id}/transitions`, {
      action,
      version,
      comment,
    });
  }

  /** All four required sign-offs, each by the user holding the role; returns the handover's new version. */
  async signAll(
    id: string,
    decision: 'approve' | 'reject' = 'approve',
  ): Promise<number> {
    const signers = {
      'service-owner': 'alice',
      'smo-approver': 'sam',
      'incident-process-owner': 'jane',
      'change-process-owner': 'carl',
    } as const;
    let version = 0;
    for (const [role, user] of Object.entries(signers)) {
      ({ version } = await this.ok(user, `/handovers/${id}/sign-offs`, {
        role,
        decision,
      }));
    }
    return version;
  }

  /** A new handover of `entityRef` moved to `state` by the users allowed to; returns id and version. */
  async handoverIn(
    state: HandoverState,
    entityRef: string,
  ): Promise<{ id: string; version: number }> {
    const { id } = await this.ok('alice', '/handovers', { entityRef });
    let version = 1;
    const step = async (caller: Caller, action: string) => {
      version = (
        await this.ok(caller, `/handovers/${id}/transitions`, {
          action,
          version,
          comment: 'scenario',
        })
      ).version;
    };
    const path: Record<HandoverState, [Caller, string][]> = {
      draft: [],
      withdrawn: [['alice', 'withdraw']],
      submitted: [['alice', 'submit']],
      'in-review': [
        ['alice', 'submit'],
        ['sam', 'start-review'],
      ],
      rejected: [
        ['alice', 'submit'],
        ['sam', 'reject'],
      ],
      accepted: [],
      'early-life-support': [],
      operational: [],
    };
    const later: HandoverState[] = [
      'accepted',
      'early-life-support',
      'operational',
    ];
    if (later.includes(state)) {
      await this.makeReady(entityRef);
      await step('alice', 'submit');
      await step('sam', 'start-review');
      version = await this.signAll(id);
      await step('sam', 'accept');
      if (state !== 'accepted') await step('sam', 'start-early-life-support');
      if (state === 'operational')
        await step('sam', 'complete-early-life-support');
    }
    for (const [caller, action] of path[state]) await step(caller, action);
    return { id, version };
  }

  /**
   * An improvement of `entityRef` raised by alice and moved to `status` (approved by jane, started by alice); returns
   * its id and version.
   */
  async improvementIn(
    status: 'proposed' | 'approved' | 'in-progress',
    entityRef: string,
  ): Promise<{ id: string; version: number }> {
    const { id } = await this.ok(
      'alice',
      '/improvements',
      improvementRequest(entityRef),
    );
    const steps: [Caller, string][] = [
      ['jane', 'approve'],
      ['alice', 'start'],
    ];
    let version = 1;
    const count = { proposed: 0, approved: 1, 'in-progress': 2 }[status];
    for (const [caller, action] of steps.slice(0, count)) {
      ({ version } = await this.ok(caller, `/improvements/${id}/transitions`, {
        action,
        version,
      }));
    }
    return { id, version };
  }

  /** A waiver of `checkId` on `entityRef`, requested by alice, optionally approved by sam. One open waiver per check. */
  async waiverIn(
    status: 'requested' | 'approved',
    entityRef: string,
    checkId?: string,
  ) {
    const waiver = await this.ok(
      'alice',
      '/waivers',
      waiverRequest(entityRef, checkId),
    );
    if (status === 'approved') {
      await this.ok('sam', `/waivers/${waiver.id}/decision`, {
        decision: 'approve',
      });
    }
    return waiver.id as string;
  }
}
