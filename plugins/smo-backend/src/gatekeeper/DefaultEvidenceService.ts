import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  Attestation,
  attestationValidUntil,
  CampaignDefinition,
  Waiver,
  waiverDecisionRefusal,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import {
  GatekeeperServiceOptions,
  systemClock,
} from './GatekeeperServiceOptions';
import { logEntry } from './logEntry';
import { EngineCheck } from '../engine/checks/types';
import { GatekeeperConfig } from '../gatekeeperConfig';
import { ReadinessPort } from '../ports';
import { actorOf, Caller } from '../service/caller';
import {
  AttestationInput,
  AttestationPage,
  EvidenceService,
  Expiring,
  WaiverChange,
  WaiverDecision,
  WaiverFilter,
  WaiverInput,
} from '../service/interfaces';
import { Gatekeeper } from '../store/Gatekeeper';
import { Notifier } from './Notifier';

/** How long after an attestation an identical one by the same person counts as a retry of it. */
export const RETRY_WINDOW_MINUTES = 10;

/**
 * Attestations and waivers: record, request, decide, revoke — each logged in the same transaction. Evidence is only
 * recorded for scored entities, and a change that can move the verdict re-evaluates its entity, both through the
 * readiness port. Checks no permission: `AuthorizedEvidenceService` does, for the API.
 */
export class DefaultEvidenceService implements EvidenceService {
  private constructor(
    private readonly gatekeeper: Gatekeeper,
    private readonly readiness: ReadinessPort,
    private readonly checks: EngineCheck[],
    private readonly config: GatekeeperConfig,
    private readonly notifier: Notifier,
    private readonly clock: () => DateTime,
    private readonly campaigns: readonly CampaignDefinition[],
  ) {}

  static create(
    options: GatekeeperServiceOptions & {
      checks: EngineCheck[];
      /** The campaigns a waiver may cite. */
      campaigns?: readonly CampaignDefinition[];
    },
  ): DefaultEvidenceService {
    return new DefaultEvidenceService(
      options.gatekeeper,
      options.readiness,
      options.checks,
      options.config,
      options.notifier,
      options.clock ?? systemClock,
      options.campaigns ?? [],
    );
  }

  /** Attestation types that can be recorded: those of attestation checks plus configured ones. */
  get attestationTypes(): string[] {
    return [
      ...new Set([
        ...this.checks.flatMap(c =>
          c.attestation ? [c.attestation.type] : [],
        ),
        ...this.config.extraAttestationTypes,
      ]),
    ];
  }

  /**
   * Records an attestation; the history is append-only. The same attestation again by the same person within
   * {@link RETRY_WINDOW_MINUTES} — a retry whose answer was lost — returns the stored one (`created: false`).
   */
  async recordAttestation(
    input: AttestationInput,
    caller: Caller,
  ): Promise<{ attestation: Attestation; created: boolean }> {
    await this.readiness.assertScored(input.entityRef);
    const actor = actorOf(caller);
    if (!this.attestationTypes.includes(input.type)) {
      throw new InputError(
        `Invalid body: type: '${
          input.type
        }' is not an attestation type (known: ${this.attestationTypes.join(
          ', ',
        )})`,
      );
    }
    const attestation: Attestation = {
      id: randomUUID(),
      ...input,
      attestedBy: actor,
      attestedAt: this.now(),
    };
    const recorded = await this.gatekeeper.transaction(
      async ({ evidence, log }) => {
        const [latest] = await evidence.listAttestations(
          attestation.entityRef,
          {
            type: attestation.type,
            limit: 1,
          },
        );
        if (latest && this.isRetry(latest, attestation)) {
          return { attestation: latest, created: false };
        }
        await evidence.addAttestation(attestation);
        await log.append(
          logEntry('attestation', attestation, 'record', actor, this.now(), {
            comment: `${input.type}${input.note ? `: ${input.note}` : ''}`,
          }),
        );
        return { attestation, created: true };
      },
    );
    // Also after a retry: the first answer, and the re-evaluation with it, may be what was lost.
    await this.readiness.evidenceChanged(input.entityRef);
    return recorded;
  }

  /** The newest attestation of its type says exactly the same, by the same person, within the retry window. */
  private isRetry(stored: Attestation, attestation: Attestation): boolean {
    const same = (a?: string, b?: string) => (a ?? '') === (b ?? '');
    return (
      stored.attestedBy === attestation.attestedBy &&
      same(stored.evidenceUrl, attestation.evidenceUrl) &&
      same(stored.note, attestation.note) &&
      same(stored.expiresAt, attestation.expiresAt) &&
      DateTime.fromISO(stored.attestedAt) >
        this.clock().minus({ minutes: RETRY_WINDOW_MINUTES })
    );
  }

  listAttestations(
    entityRef: string,
    page: AttestationPage,
  ): Promise<Attestation[]> {
    return this.gatekeeper.stores.evidence.listAttestations(entityRef, page);
  }

  /**
   * Requests a waiver. One check of one entity has at most one open waiver (requested, or approved and in force): the
   * same request again by the same person — a retry — returns the stored waiver (`created: false`) instead of a
   * second one; any other request while one is open is a 409.
   */
  async requestWaiver(
    input: WaiverInput,
    caller: Caller,
  ): Promise<{ waiver: Waiver; created: boolean }> {
    // A requested waiver changes no verdict until it is approved: nothing to re-evaluate.
    await this.readiness.assertScored(input.entityRef);
    const actor = actorOf(caller);
    if (!this.checks.some(c => c.id === input.checkId)) {
      throw new InputError(
        `Invalid body: checkId: no check '${input.checkId}' is in force`,
      );
    }
    if (input.campaignId) await this.assertUnderCampaign(input);
    const now = this.clock();
    const expires = DateTime.fromISO(input.expiresAt, { zone: 'utc' });
    if (!expires.isValid || expires <= now) {
      throw new InputError(
        'Invalid body: expiresAt: must be a date-time in the future',
      );
    }
    const latest = now.plus({ days: this.config.waiverMaxDays });
    if (expires > latest) {
      throw new InputError(
        `Invalid body: expiresAt: a waiver may last at most ${
          this.config.waiverMaxDays
        } days (until ${latest.toISODate()})`,
      );
    }
    const waiver: Waiver = {
      id: randomUUID(),
      entityRef: input.entityRef,
      checkId: input.checkId,
      justification: input.justification,
      requestedBy: actor,
      status: 'requested',
      createdAt: now.toISO()!,
      expiresAt: expires.toISO()!,
      ...(input.campaignId && { campaignId: input.campaignId }),
    };
    return this.gatekeeper.transaction(async ({ evidence, log }) => {
      const [open] = await evidence.openWaivers(
        waiver.entityRef,
        waiver.checkId,
        waiver.createdAt,
      );
      if (open && isSameRequest(open, waiver)) {
        return { waiver: open, created: false };
      }
      if (open) {
        throw new ConflictError(
          `${waiver.checkId} on ${waiver.entityRef} already has a ${open.status} waiver (${open.id}, requested by ${open.requestedBy})`,
        );
      }
      waiver.renews = await evidence.countApprovedWaivers(
        waiver.entityRef,
        waiver.checkId,
      );
      await evidence.addWaiver(waiver);
      await log.append(
        logEntry('waiver', waiver, 'request', actor, this.now(), {
          toState: 'requested',
          comment: `${waiver.checkId}: ${waiver.justification}`,
        }),
      );
      return { waiver, created: true };
    });
  }

  /** A waiver cites a campaign that targets its check and whose scope covers its entity now. */
  private async assertUnderCampaign(input: WaiverInput): Promise<void> {
    const campaign = this.campaigns.find(c => c.id === input.campaignId);
    if (!campaign) {
      throw new InputError(
        `Invalid body: campaignId: no campaign '${input.campaignId}' is configured`,
      );
    }
    if (
      !campaign.target.verdict &&
      !campaign.target.checks.includes(input.checkId)
    ) {
      throw new InputError(
        `Invalid body: campaignId: campaign '${campaign.id}' does not target ${input.checkId}`,
      );
    }
    const result =
      (await this.readiness.stored(input.entityRef)) ??
      (await this.readiness.evaluate(input.entityRef));
    if (!result.campaigns?.includes(campaign.id)) {
      throw new InputError(
        `Invalid body: campaignId: ${input.entityRef} is not in the scope of campaign '${campaign.id}'`,
      );
    }
  }

  /** Approves or rejects a requested waiver, never by its requester by default. Returns the waiver before and after, for the audit. */
  async decideWaiver(
    id: string,
    decision: WaiverDecision,
    caller: Caller,
  ): Promise<WaiverChange> {
    const { entityRef } = await this.getWaiver(id);
    await this.readiness.assertScored(entityRef);
    const actor = actorOf(caller);
    const change = await this.changeWaiver(
      id,
      'requested',
      actor,
      decision.approve ? 'approve' : 'reject',
      before => {
        const refusal = waiverDecisionRefusal(
          this.config.separationOfDuties,
          before,
          actor,
        );
        if (refusal) throw new NotAllowedError(refusal);
        return {
          ...before,
          status: decision.approve ? 'approved' : 'rejected',
          approvedBy: decision.approve ? actor : undefined,
          decisionComment: decision.comment,
          decidedAt: this.now(),
        };
      },
    );
    await this.readiness.evidenceChanged(entityRef);
    return change;
  }

  /**
   * Revokes an approved waiver. It only takes an exemption away, so it is allowed even after the entity left the
   * scored set (then there is nothing to re-evaluate).
   */
  async revokeWaiver(
    id: string,
    comment: string,
    caller: Caller,
  ): Promise<WaiverChange> {
    const { entityRef } = await this.getWaiver(id);
    const scored = await this.readiness.assertScored(entityRef).then(
      () => true,
      error => {
        if ((error as Error).name !== 'NotFoundError') throw error;
        return false;
      },
    );
    const change = await this.changeWaiver(
      id,
      'approved',
      actorOf(caller),
      'revoke',
      before => ({
        ...before,
        status: 'revoked',
        decisionComment: comment,
        decidedAt: this.now(),
      }),
    );
    if (scored) await this.readiness.evidenceChanged(entityRef);
    return change;
  }

  listWaivers(filter: WaiverFilter): Promise<Waiver[]> {
    return this.gatekeeper.stores.evidence.listWaivers(filter);
  }

  async getWaiver(id: string): Promise<Waiver> {
    const waiver = await this.gatekeeper.stores.evidence.getWaiver(id);
    if (!waiver) throw new NotFoundError(`No waiver ${id}`);
    const { version: _version, ...rest } = waiver;
    return rest;
  }

  /** Waivers and attestations whose validity ends within `days`, soonest first, at most `limit` of each. */
  async expiringWithin(days: number, limit?: number): Promise<Expiring> {
    const now = this.clock();
    const until = now.plus({ days });
    const soonestFirst = <T>(items: T[], end: (item: T) => string) =>
      [...items].sort((a, b) => end(a).localeCompare(end(b))).slice(0, limit);
    return {
      waivers: soonestFirst(
        await this.gatekeeper.stores.evidence.waiversExpiringBetween(
          now.toISO()!,
          until.toISO()!,
        ),
        w => w.expiresAt,
      ),
      attestations: soonestFirst(
        await this.attestationsExpiringBetween(now, until),
        a => a.validUntil,
      ),
    };
  }

  /** Reminds holders of waivers and attestations that expire `expiryWarningDays` from now (a one-day window, run daily). */
  async sendExpiryReminders(): Promise<number> {
    const from = this.clock().plus({ days: this.config.expiryWarningDays - 1 });
    const to = from.plus({ days: 1 });
    const waivers =
      await this.gatekeeper.stores.evidence.waiversExpiringBetween(
        from.toISO()!,
        to.toISO()!,
      );
    const attestations = await this.attestationsExpiringBetween(from, to);
    for (const w of waivers) {
      await this.notifier.send([w.requestedBy], {
        title: `Waiver for ${w.checkId} on ${
          w.entityRef
        } expires on ${w.expiresAt.slice(0, 10)}`,
        description:
          'Fix the check, or request a new waiver before it expires.',
        severity: 'normal',
      });
    }
    for (const a of attestations) {
      await this.notifier.send([a.attestedBy], {
        title: `${a.type} attestation of ${
          a.entityRef
        } expires on ${a.validUntil.slice(0, 10)}`,
        description: 'Repeat the check and record a new attestation.',
        severity: 'normal',
      });
    }
    return waivers.length + attestations.length;
  }

  private async attestationsExpiringBetween(from: DateTime, to: DateTime) {
    const validity = new Map(
      this.checks.flatMap(c =>
        c.attestation
          ? [[c.attestation.type, c.attestation.validityDays] as const]
          : [],
      ),
    );
    const longest = Math.max(0, ...validity.values());
    const candidates =
      await this.gatekeeper.stores.evidence.listAttestationsAttestedBetween(
        from.minus({ days: longest }).toISO()!,
        to.toISO()!,
      );
    return candidates.flatMap(a => {
      const validUntil = attestationValidUntil(a, validity.get(a.type));
      const end = validUntil && DateTime.fromISO(validUntil);
      return end && end > from && end <= to ? [{ ...a, validUntil }] : [];
    });
  }

  private async changeWaiver(
    id: string,
    expected: Waiver['status'],
    actor: string,
    action: string,
    change: (before: Waiver) => Waiver,
  ): Promise<WaiverChange> {
    return this.gatekeeper.transaction(async ({ evidence, log }) => {
      const stored = await evidence.getWaiver(id);
      if (!stored) throw new NotFoundError(`No waiver ${id}`);
      const { version, ...before } = stored;
      if (before.status !== expected) {
        throw new ConflictError(
          `Waiver ${id} is ${before.status}; only a ${expected} waiver can be ${action}d`,
        );
      }
      const after = change(before);
      await evidence.updateWaiver(after, version);
      await log.append(
        logEntry('waiver', after, action, actor, this.now(), {
          fromState: before.status,
          toState: after.status,
          comment: after.decisionComment,
        }),
      );
      return { before, after };
    });
  }

  private now(): string {
    return this.clock().toISO()!;
  }
}

/** A retry of a waiver request: still requested, by the same person, with the same justification and expiry. */
function isSameRequest(stored: Waiver, request: Waiver): boolean {
  return (
    stored.status === 'requested' &&
    stored.requestedBy === request.requestedBy &&
    stored.justification === request.justification &&
    DateTime.fromISO(stored.expiresAt).toMillis() ===
      DateTime.fromISO(request.expiresAt).toMillis()
  );
}
