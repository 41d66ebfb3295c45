import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  Handover,
  HANDOVER_TRANSITIONS,
  HandoverAction,
  handoverAcceptance,
  OPEN_HANDOVER_STATES,
  ReadinessResult,
  SIGN_OFF_STATES,
  SignOff,
  signOffRefusal,
  transitionRefusal,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import {
  GatekeeperServiceOptions,
  systemClock,
} from './GatekeeperServiceOptions';
import { logEntry } from './logEntry';
import { GatekeeperConfig } from '../gatekeeperConfig';
import { ReadinessPort, ServiceLevelPort } from '../ports';
import { actorOf, Caller } from '../service/caller';
import {
  HandoverChange,
  HandoverFilter,
  HandoverService,
  SignOffRequest,
  TransitionRequest,
} from '../service/interfaces';
import { Gatekeeper, GatekeeperStores } from '../store/Gatekeeper';
import { governanceLink, Notifier } from './Notifier';
import { RoleResolver } from './RoleResolver';

/**
 * Handover requests: the state machine, role sign-offs and the readiness gate (asked through the readiness port).
 * Each decision and sign-off freezes the evaluation it saw and is logged in the same transaction; a decision made on
 * a stale version loses with a 409. Separation of duties is checked here; permissions are not:
 * `AuthorizedHandoverService` does, for the API.
 */
export class DefaultHandoverService implements HandoverService {
  private constructor(
    private readonly gatekeeper: Gatekeeper,
    private readonly readiness: ReadinessPort,
    private readonly roles: RoleResolver,
    private readonly notifier: Notifier,
    private readonly config: GatekeeperConfig,
    private readonly clock: () => DateTime,
    private readonly serviceLevels?: ServiceLevelPort,
  ) {}

  static create(
    options: GatekeeperServiceOptions & { roles: RoleResolver },
  ): DefaultHandoverService {
    return new DefaultHandoverService(
      options.gatekeeper,
      options.readiness,
      options.roles,
      options.notifier,
      options.config,
      options.clock ?? systemClock,
      options.serviceLevels,
    );
  }

  async create(entityRef: string, caller: Caller): Promise<Handover> {
    // Only a scored entity can be handed over; checked before anything is written.
    await this.readiness.assertScored(entityRef);
    const actor = actorOf(caller);
    const now = this.now();
    const handover: Handover = {
      id: randomUUID(),
      entityRef,
      state: 'draft',
      version: 1,
      round: 1,
      requestedBy: actor,
      createdAt: now,
      updatedAt: now,
      requiredSignOffs: this.config.requiredSignOffs,
      signOffs: [],
    };
    await this.gatekeeper.transaction(async ({ handovers, log }) => {
      const open = await handovers.list({
        entityRef,
        states: OPEN_HANDOVER_STATES,
      });
      if (open.length > 0) {
        throw new ConflictError(
          `${entityRef} already has an open handover (${open[0].id}, ${open[0].state})`,
        );
      }
      await handovers.create(handover);
      await log.append(
        logEntry('handover', handover, 'create', actor, this.now(), {
          toState: 'draft',
        }),
      );
    });
    return handover;
  }

  async get(id: string): Promise<Handover> {
    const handover = await this.gatekeeper.stores.handovers.get(id);
    if (!handover) throw new NotFoundError(`No handover ${id}`);
    return handover;
  }

  list(filter: HandoverFilter): Promise<Handover[]> {
    return this.gatekeeper.stores.handovers.list(filter);
  }

  async transition(
    id: string,
    action: HandoverAction,
    request: TransitionRequest,
    caller: Caller,
  ): Promise<HandoverChange> {
    const actor = actorOf(caller);
    const rule = HANDOVER_TRANSITIONS[action];
    const before = await this.get(id);
    if (!rule.from.includes(before.state)) {
      throw new ConflictError(
        `Cannot ${action} a handover that is ${
          before.state
        } (allowed from ${rule.from.join(', ')})`,
      );
    }
    if (rule.needsComment && !request.comment?.trim()) {
      throw new InputError(`Invalid body: comment: required to ${action}`);
    }
    if (before.version !== request.version) {
      throw new ConflictError(
        `Handover ${id} is at version ${before.version}, not ${request.version}; reload and try again`,
      );
    }
    this.assertSeparated(
      transitionRefusal(this.config.separationOfDuties, before, action, actor),
    );
    // A withdrawal is always possible, also once the entity is no longer scored (deleted, or outside the
    // entityFilter): it is then logged without a snapshot instead of failing, which would keep the open handover —
    // and, through the one-open-handover rule, block every new one.
    const evaluation =
      action === 'withdraw'
        ? await this.evaluate(before.entityRef).catch(error => {
            if ((error as Error).name === 'NotFoundError') return undefined;
            throw error;
          })
        : await this.evaluate(before.entityRef);
    if (action === 'accept') this.assertAcceptable(before, evaluation!);
    if (action === 'complete-early-life-support') {
      await this.assertExitCriteriaMet(before);
    }

    const round = action === 'reopen' ? before.round + 1 : before.round;
    const updatedAt = this.now();
    await this.gatekeeper.transaction(async ({ handovers, log }) => {
      const snapshotId = evaluation && (await this.freeze(log, evaluation));
      await handovers.transition(id, request.version, {
        state: rule.to,
        round,
        updatedAt,
      });
      await log.append(
        logEntry('handover', before, action, actor, this.now(), {
          fromState: before.state,
          toState: rule.to,
          comment: request.comment,
          snapshotId,
        }),
      );
    });
    const after = await this.get(id);
    await this.notify(after, action, request.comment);
    return { before, after };
  }

  /**
   * Completing early-life support needs the measured exit criteria, when configured, met since it started: the
   * handover's last change, as nothing but the start changes a handover in early-life support.
   */
  private async assertExitCriteriaMet(handover: Handover) {
    if (!this.serviceLevels) return;
    const unmet = await this.serviceLevels.unmetExitCriteria(
      handover.entityRef,
      DateTime.fromISO(handover.updatedAt, { zone: 'utc' }),
    );
    if (unmet.length > 0) {
      throw new ConflictError(
        `Early-life support of ${
          handover.entityRef
        } cannot be completed yet: ${unmet.join('; ')}`,
      );
    }
  }

  async signOff(
    id: string,
    request: SignOffRequest,
    caller: Caller,
  ): Promise<HandoverChange> {
    const actor = actorOf(caller);
    const before = await this.get(id);
    if (!SIGN_OFF_STATES.includes(before.state)) {
      throw new ConflictError(
        `Sign-offs are collected while a handover is submitted or in review; this one is ${before.state}`,
      );
    }
    if (!before.requiredSignOffs.includes(request.role)) {
      throw new InputError(
        `Invalid body: role: ${
          request.role
        } is not a required sign-off (${before.requiredSignOffs.join(', ')})`,
      );
    }
    // A retry: the caller's latest sign-off in this round already says exactly this. Nothing is written again.
    const mine = [...before.signOffs].reverse().find(s => s.actor === actor);
    if (
      mine?.role === request.role &&
      mine.decision === request.decision &&
      (mine.comment ?? '') === (request.comment ?? '')
    ) {
      return { before, after: before, replayed: true };
    }
    this.assertSeparated(
      signOffRefusal(
        this.config.separationOfDuties,
        before,
        request.role,
        actor,
      ),
    );
    const evaluation = await this.evaluate(before.entityRef);
    const held = await this.roles.rolesOf(evaluation, actor);
    if (!held.includes(request.role)) {
      throw new NotAllowedError(
        `${actor} does not hold the role ${request.role} for ${before.entityRef}`,
      );
    }
    const after = await this.gatekeeper.transaction(
      async ({ handovers, log }) => {
        const snapshotId = await this.freeze(log, evaluation);
        const signOff: SignOff = {
          id: randomUUID(),
          role: request.role,
          decision: request.decision,
          actor,
          comment: request.comment,
          snapshotId,
          createdAt: this.now(),
        };
        await handovers.addSignOff(id, before.round, SIGN_OFF_STATES, signOff);
        // Again under the handover's row lock: two sign-offs sent at once by one person cannot both pass. The handover
        // read for it is also the answer: nothing changes it before the commit.
        const current = await handovers.get(id);
        if (!current) throw new NotFoundError(`No handover ${id}`);
        this.assertSeparated(
          signOffRefusal(
            this.config.separationOfDuties,
            {
              requestedBy: before.requestedBy,
              signOffs: current.signOffs.filter(s => s.id !== signOff.id),
            },
            request.role,
            actor,
          ),
        );
        await log.append(
          logEntry(
            'handover',
            before,
            `sign-off:${request.role}:${request.decision}`,
            actor,
            this.now(),
            { comment: request.comment, snapshotId },
          ),
        );
        return current;
      },
    );
    return { before, after };
  }

  private assertSeparated(refusal: string | undefined) {
    if (refusal) throw new NotAllowedError(refusal);
  }

  /** Enforces the accept rule (`handoverAcceptance`); a not-ready verdict is named first. */
  private assertAcceptable(handover: Handover, evaluation: ReadinessResult) {
    const acceptance = handoverAcceptance(handover, evaluation);
    if (!acceptance.ready) {
      throw new ConflictError(
        `${
          handover.entityRef
        } is not ready: blocked by ${acceptance.blockers.join(', ')}`,
      );
    }
    if (acceptance.missingApprovals.length > 0) {
      throw new ConflictError(
        `Missing approving sign-offs: ${acceptance.missingApprovals.join(
          ', ',
        )}`,
      );
    }
  }

  private evaluate(entityRef: string): Promise<ReadinessResult> {
    return this.readiness.evaluate(entityRef);
  }

  private async freeze(
    log: GatekeeperStores['log'],
    result: ReadinessResult,
  ): Promise<string> {
    const id = randomUUID();
    await log.addSnapshot({
      id,
      entityRef: result.entityRef,
      result,
      createdAt: this.now(),
    });
    return id;
  }

  private async notify(
    handover: Handover,
    action: HandoverAction,
    comment?: string,
  ) {
    const link = governanceLink(handover.entityRef);
    if (action === 'submit') {
      await this.notifier.send([this.config.smoGroup], {
        title: `Handover of ${handover.entityRef} submitted for review`,
        description: `Requested by ${handover.requestedBy}.`,
        link,
        severity: 'normal',
      });
    } else if (action === 'accept' || action === 'reject') {
      const owner = await this.roles.ownerOf(handover.entityRef);
      await this.notifier.send([owner ?? '', handover.requestedBy], {
        title: `Handover of ${handover.entityRef} ${
          action === 'accept' ? 'accepted' : 'rejected'
        }`,
        description: comment,
        link,
        severity: action === 'accept' ? 'normal' : 'high',
      });
    }
  }

  private now(): string {
    return this.clock().toISO()!;
  }
}
