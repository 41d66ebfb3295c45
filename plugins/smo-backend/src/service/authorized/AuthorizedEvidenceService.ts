import {
  AuditorService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  Attestation,
  smoAttestationCreatePermission,
  smoWaiverDecidePermission,
  smoWaiverRequestPermission,
  Waiver,
} from '@smo-backstage/plugin-smo-common';
import { asJson } from '../../audit';
import { DefaultEvidenceService } from '../../gatekeeper/DefaultEvidenceService';
import { Caller } from '../caller';
import {
  AttestationInput,
  EvidenceService,
  Expiring,
  WaiverChange,
  WaiverFilter,
  WaiverInput,
} from '../interfaces';
import { authorizedMutation, Mutation } from './authorizedMutation';
import { EntityVisibility } from './EntityVisibility';

/** Evidence for a caller: only of entities they can see; each change needs its permission and is audited. */
export class AuthorizedEvidenceService implements EvidenceService {
  private constructor(
    private readonly inner: DefaultEvidenceService,
    private readonly visibility: EntityVisibility,
    private readonly mutation: Mutation,
  ) {}

  static create(options: {
    inner: DefaultEvidenceService;
    visibility: EntityVisibility;
    auditor: AuditorService;
    permissions: PermissionsService;
  }) {
    return new AuthorizedEvidenceService(
      options.inner,
      options.visibility,
      authorizedMutation(options.auditor, options.permissions),
    );
  }

  get attestationTypes() {
    return this.inner.attestationTypes;
  }

  async listAttestations(
    entityRef: string,
    page: { limit: number; offset: number },
    caller: Caller,
  ): Promise<Attestation[]> {
    const ref = await this.visibility.entity(entityRef, caller.credentials);
    return this.inner.listAttestations(ref, page);
  }

  async recordAttestation(input: AttestationInput, caller: Caller) {
    const entityRef = await this.visibility.entity(
      input.entityRef,
      caller.credentials,
    );
    return this.mutation(
      {
        caller,
        eventId: 'attestation-record',
        meta: { entityRef },
        permission: smoAttestationCreatePermission,
        entityRef,
      },
      async () => {
        const result = await this.inner.recordAttestation(
          { ...input, entityRef },
          caller,
        );
        return { result, meta: { after: asJson(result.attestation) } };
      },
    );
  }

  async listWaivers(filter: WaiverFilter, caller: Caller): Promise<Waiver[]> {
    const { credentials } = caller;
    const entityRef =
      filter.entityRef &&
      (await this.visibility.entity(filter.entityRef, credentials));
    const items = await this.inner.listWaivers({ ...filter, entityRef });
    return this.visibility.only(items, credentials);
  }

  async requestWaiver(input: WaiverInput, caller: Caller) {
    const entityRef = await this.visibility.entity(
      input.entityRef,
      caller.credentials,
    );
    return this.mutation(
      {
        caller,
        eventId: 'waiver-request',
        meta: { entityRef },
        permission: smoWaiverRequestPermission,
        entityRef,
      },
      async () => {
        const result = await this.inner.requestWaiver(
          { ...input, entityRef },
          caller,
        );
        return { result, meta: { after: asJson(result.waiver) } };
      },
    );
  }

  decideWaiver(
    id: string,
    decision: { approve: boolean; comment?: string },
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
      async () => {
        const result = await change();
        return {
          result,
          meta: { before: asJson(result.before), after: asJson(result.after) },
        };
      },
    );
  }
}
