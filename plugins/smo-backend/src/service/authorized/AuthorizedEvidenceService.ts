import {
  Attestation,
  smoAttestationCreatePermission,
  smoWaiverDecidePermission,
  smoWaiverRequestPermission,
  Waiver,
} from '@smo-backstage/plugin-smo-common';
import { DefaultEvidenceService } from '../../gatekeeper/DefaultEvidenceService';
import { Caller } from '../caller';
import {
  AttestationInput,
  AttestationPage,
  EvidenceService,
  Expiring,
  WaiverChange,
  WaiverDecision,
  WaiverFilter,
  WaiverInput,
} from '../interfaces';
import {
  AuthorizedOptions,
  AuthorizedService,
  beforeAndAfter,
} from './authorizedMutation';

/** Evidence for a caller: only of entities they can see; each change needs its permission and is audited. */
export class AuthorizedEvidenceService
  extends AuthorizedService<DefaultEvidenceService>
  implements EvidenceService
{
  static create(options: AuthorizedOptions<DefaultEvidenceService>) {
    return new AuthorizedEvidenceService(options);
  }

  get attestationTypes() {
    return this.inner.attestationTypes;
  }

  async listAttestations(
    entityRef: string,
    page: AttestationPage,
    caller: Caller,
  ): Promise<Attestation[]> {
    const ref = await this.visibility.entity(entityRef, caller.credentials);
    return this.inner.listAttestations(ref, page);
  }

  recordAttestation(input: AttestationInput, caller: Caller) {
    return this.createFor(
      input.entityRef,
      caller,
      {
        eventId: 'attestation-record',
        permission: smoAttestationCreatePermission,
      },
      entityRef =>
        this.inner.recordAttestation({ ...input, entityRef }, caller),
      result => result.attestation,
    );
  }

  listWaivers(filter: WaiverFilter, caller: Caller): Promise<Waiver[]> {
    return this.visibility.list(filter, caller.credentials, visible =>
      this.inner.listWaivers(visible),
    );
  }

  requestWaiver(input: WaiverInput, caller: Caller) {
    return this.createFor(
      input.entityRef,
      caller,
      { eventId: 'waiver-request', permission: smoWaiverRequestPermission },
      entityRef => this.inner.requestWaiver({ ...input, entityRef }, caller),
      result => result.waiver,
    );
  }

  decideWaiver(
    id: string,
    decision: WaiverDecision,
    caller: Caller,
  ): Promise<WaiverChange> {
    return this.changeWaiver(id, caller, 'waiver-decide', () =>
      this.inner.decideWaiver(id, decision, caller),
    );
  }

  revokeWaiver(
    id: string,
    comment: string,
    caller: Caller,
  ): Promise<WaiverChange> {
    return this.changeWaiver(id, caller, 'waiver-revoke', () =>
      this.inner.revokeWaiver(id, comment, caller),
    );
  }

  /** Only what the caller can see counts towards `limit`. */
  async expiringWithin(
    days: number,
    limit: number | undefined,
    caller: Caller,
  ): Promise<Expiring> {
    const { credentials } = caller;
    const soon = await this.inner.expiringWithin(days);
    return {
      waivers: (await this.visibility.only(soon.waivers, credentials)).slice(
        0,
        limit,
      ),
      attestations: (
        await this.visibility.only(soon.attestations, credentials)
      ).slice(0, limit),
    };
  }

  /** Deciding and revoking both need the decide permission on the waiver's entity. */
  private async changeWaiver(
    id: string,
    caller: Caller,
    eventId: string,
    change: () => Promise<WaiverChange>,
  ): Promise<WaiverChange> {
    const current = await this.inner.getWaiver(id);
    const entityRef = await this.visibility.entityOf(
      current.entityRef,
      caller.credentials,
      `No waiver ${id}`,
    );
    return this.mutation(
      {
        caller,
        eventId,
        meta: { entityRef, waiverId: id },
        permission: smoWaiverDecidePermission,
        entityRef,
      },
      beforeAndAfter(change),
    );
  }
}
