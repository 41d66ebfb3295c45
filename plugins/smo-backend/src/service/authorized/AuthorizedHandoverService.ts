import {
  AuditorService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  ApprovalDecision,
  Handover,
  HANDOVER_TRANSITIONS,
  HandoverAction,
  SignOffRole,
  smoHandoverDecidePermission,
  smoHandoverSignOffPermission,
  smoHandoverSubmitPermission,
} from '@smo-backstage/plugin-smo-common';
import { asJson } from '../../audit';
import { Caller } from '../caller';
import { HandoverChange, HandoverFilter, HandoverService } from '../interfaces';
import { authorizedMutation, Mutation } from './authorizedMutation';
import { EntityVisibility } from './EntityVisibility';

/**
 * Handovers for a caller: only of entities they can see; each change needs the permission its action's authority
 * asks for, and is audited. Separation of duties stays in the service: it is a rule of the domain, not a permission.
 */
export class AuthorizedHandoverService implements HandoverService {
  private constructor(
    private readonly inner: HandoverService,
    private readonly visibility: EntityVisibility,
    private readonly mutation: Mutation,
  ) {}

  static create(options: {
    inner: HandoverService;
    visibility: EntityVisibility;
    auditor: AuditorService;
    permissions: PermissionsService;
  }) {
    return new AuthorizedHandoverService(
      options.inner,
      options.visibility,
      authorizedMutation(options.auditor, options.permissions),
    );
  }

  async list(filter: HandoverFilter, caller: Caller): Promise<Handover[]> {
    const { credentials } = caller;
    const entityRef =
      filter.entityRef &&
      (await this.visibility.entity(filter.entityRef, credentials));
    const items = await this.inner.list({ ...filter, entityRef }, caller);
    return this.visibility.only(items, credentials);
  }

  async get(id: string, caller: Caller): Promise<Handover> {
    const handover = await this.inner.get(id, caller);
    await this.visibility.entityOf(
      handover.entityRef,
      caller.credentials,
      `No handover ${id}`,
    );
    return handover;
  }

  async create(entityRef: string, caller: Caller): Promise<Handover> {
    const ref = await this.visibility.entity(entityRef, caller.credentials);
    return this.mutation(
      {
        caller,
        eventId: 'handover-create',
        meta: { entityRef: ref },
        permission: smoHandoverSubmitPermission,
        entityRef: ref,
      },
      async () => {
        const result = await this.inner.create(ref, caller);
        return { result, meta: { after: asJson(result) } };
      },
    );
  }

  async transition(
    id: string,
    action: HandoverAction,
    request: { version: number; comment?: string },
    caller: Caller,
  ): Promise<HandoverChange> {
    const entityRef = await this.entityOf(id, caller);
    return this.changed(
      {
        caller,
        eventId: 'handover-transition',
        meta: { entityRef, handoverId: id, action },
        permission:
          HANDOVER_TRANSITIONS[action].authority === 'decide'
            ? smoHandoverDecidePermission
            : smoHandoverSubmitPermission,
        entityRef,
      },
      () => this.inner.transition(id, action, request, caller),
    );
  }

  async signOff(
    id: string,
    request: {
      role: SignOffRole;
      decision: ApprovalDecision;
      comment?: string;
    },
    caller: Caller,
  ): Promise<HandoverChange> {
    const entityRef = await this.entityOf(id, caller);
    return this.changed(
      {
        caller,
        eventId: 'handover-sign-off',
        meta: { entityRef, handoverId: id, role: request.role },
        permission: smoHandoverSignOffPermission,
        entityRef,
      },
      () => this.inner.signOff(id, request, caller),
    );
  }

  /** The entity of a handover the caller can see; a 404 like an unknown id otherwise. */
  private async entityOf(id: string, caller: Caller): Promise<string> {
    return (await this.get(id, caller)).entityRef;
  }

  /** A change audited with the handover before and after. */
  private changed(
    options: Parameters<Mutation>[0],
    change: () => Promise<HandoverChange>,
  ): Promise<HandoverChange> {
    return this.mutation(options, async () => {
      const result = await change();
      return {
        result,
        meta: { before: asJson(result.before), after: asJson(result.after) },
      };
    });
  }
}
