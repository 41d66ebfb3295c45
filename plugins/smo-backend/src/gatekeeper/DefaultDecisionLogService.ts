import { NotFoundError } from '@backstage/errors';
import {
  DecisionLogEntry,
  EvaluationSnapshot,
} from '@smo-backstage/plugin-smo-common';
import { DecisionLogFilter, DecisionLogService } from '../service/interfaces';
import { Gatekeeper } from '../store/Gatekeeper';

/** Reads of the decision log and of frozen snapshots. Checks no visibility: `AuthorizedDecisionLogService` does. */
export class DefaultDecisionLogService implements DecisionLogService {
  private constructor(private readonly gatekeeper: Gatekeeper) {}

  static create(options: { gatekeeper: Gatekeeper }) {
    return new DefaultDecisionLogService(options.gatekeeper);
  }

  list(filter: DecisionLogFilter): Promise<DecisionLogEntry[]> {
    return this.gatekeeper.stores.log.list(filter);
  }

  async getSnapshot(id: string): Promise<EvaluationSnapshot> {
    const snapshot = await this.gatekeeper.stores.log.getSnapshot(id);
    if (!snapshot) throw new NotFoundError(`No snapshot ${id}`);
    return snapshot;
  }
}
