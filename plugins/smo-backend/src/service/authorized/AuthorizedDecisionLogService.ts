import {
  DecisionLogEntry,
  EvaluationSnapshot,
} from '@smo-backstage/plugin-smo-common';
import { Caller } from '../caller';
import { DecisionLogService } from '../interfaces';
import { EntityVisibility } from './EntityVisibility';

/** The decision log and snapshots for a caller: only of entities they can see. */
export class AuthorizedDecisionLogService implements DecisionLogService {
  private constructor(
    private readonly inner: DecisionLogService,
    private readonly visibility: EntityVisibility,
  ) {}

  static create(options: {
    inner: DecisionLogService;
    visibility: EntityVisibility;
  }) {
    return new AuthorizedDecisionLogService(options.inner, options.visibility);
  }

  async list(
    filter: { entityRef?: string; limit: number; offset?: number },
    caller: Caller,
  ): Promise<DecisionLogEntry[]> {
    const { credentials } = caller;
    const entityRef =
      filter.entityRef &&
      (await this.visibility.entity(filter.entityRef, credentials));
    const items = await this.inner.list({ ...filter, entityRef }, caller);
    return this.visibility.only(items, credentials);
  }

  async getSnapshot(id: string, caller: Caller): Promise<EvaluationSnapshot> {
    const snapshot = await this.inner.getSnapshot(id, caller);
    await this.visibility.entityOf(
      snapshot.entityRef,
      caller.credentials,
      `No snapshot ${id}`,
    );
    return snapshot;
  }
}
