import {
  Handover,
  HANDOVER_TRANSITIONS,
  HandoverAction,
  smoHandoverDecidePermission,
  smoHandoverSignOffPermission,
  smoHandoverSubmitPermission,
} from '@smo-backstage/plugin-smo-common';
import { Caller } from '../caller';
import {
  HandoverChange,
  HandoverFilter,
  HandoverService,
  SignOffRequest,
  TransitionRequest,
} from '../interfaces';
import { JsonObject } from '@backstage/types';
import {
  AuthorizedOptions,
  AuthorizedService,
  beforeAndAfter,
  MutationKind,
} from './authorizedMutation';

/**
 * Handovers for a caller: only of entities they can see; each change needs the permission its action's authority
 * asks for, and is audited. Separation of duties stays in the service: it is a rule of the domain, not a permission.
 */
export class AuthorizedHandoverService
  extends AuthorizedService<HandoverService>
  implements HandoverService
{
  static create(options: AuthorizedOptions<HandoverService>) {
    return new AuthorizedHandoverService(options);
  }

  list(filter: HandoverFilter, caller: Caller): Promise<Handover[]> {
    return this.visibility.list(filter, caller.credentials, visible =>
      this.inner.list(visible, caller),
    );
  }

  async get(id: string, caller: Caller): Promise<Handover> {
    return this.visibility.record(
      await this.inner.get(id, caller),
      caller.credentials,
      `No handover ${id}`,
    );
  }

  create(entityRef: string, caller: Caller): Promise<Handover> {
    return this.createFor(
      entityRef,
      caller,
      { eventId: 'handover-create', permission: smoHandoverSubmitPermission },
      ref => this.inner.create(ref, caller),
    );
  }

  transition(
    id: string,
    action: HandoverAction,
    request: TransitionRequest,
    caller: Caller,
  ): Promise<HandoverChange> {
    return this.change(
      id,
      caller,
      {
        eventId: 'handover-transition',
        meta: { action },
        permission:
          HANDOVER_TRANSITIONS[action].authority === 'decide'
            ? smoHandoverDecidePermission
            : smoHandoverSubmitPermission,
      },
      () => this.inner.transition(id, action, request, caller),
    );
  }

  signOff(
    id: string,
    request: SignOffRequest,
    caller: Caller,
  ): Promise<HandoverChange> {
    return this.change(
      id,
      caller,
      {
        eventId: 'handover-sign-off',
        meta: { role: request.role },
        permission: smoHandoverSignOffPermission,
      },
      () => this.inner.signOff(id, request, caller),
    );
  }

  /** A change of a handover the caller can see (a 404 like an unknown id otherwise), audited before and after. */
  private async change(
    id: string,
    caller: Caller,
    options: MutationKind & { meta: JsonObject },
    change: () => Promise<HandoverChange>,
  ): Promise<HandoverChange> {
    const { entityRef } = await this.get(id, caller);
    return this.mutation(
      {
        ...options,
        caller,
        meta: { entityRef, handoverId: id, ...options.meta },
        entityRef,
      },
      beforeAndAfter(change),
    );
  }
}
