import {
  DecisionLogEntry,
  EvaluationSnapshot,
} from '@smo-backstage/plugin-smo-common';
import { Caller } from '../caller';
import { DecisionLogFilter, DecisionLogService } from '../interfaces';
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

  list(filter: DecisionLogFilter, caller: Caller): Promise<DecisionLogEntry[]> {
    return this.visibility.list(filter, caller.credentials, visible =>
      this.inner.list(visible, caller),
    );
  }

  async getSnapshot(id: string, caller: Caller): Promise<EvaluationSnapshot> {
    return this.visibility.record(
      await this.inner.getSnapshot(id, caller),
      caller.credentials,
      `No snapshot ${id}`,
    );
  }
}
