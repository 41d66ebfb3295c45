import { Knex } from 'knex';
import { DecisionLog } from './DecisionLog';
import { EvidenceStore } from './EvidenceStore';
import { HandoverStore } from './HandoverStore';

/** The gatekeeper's stores over one connection or transaction. */
export interface GatekeeperStores {
  evidence: EvidenceStore;
  handovers: HandoverStore;
  log: DecisionLog;
}

/** Opens the stores, and runs units of work in one transaction so a decision is all-or-nothing. */
export class Gatekeeper {
  private constructor(private readonly db: Knex) {}

  static create(db: Knex): Gatekeeper {
    return new Gatekeeper(db);
  }

  get stores(): GatekeeperStores {
    return storesOver(this.db);
  }

  transaction<T>(work: (stores: GatekeeperStores) => Promise<T>): Promise<T> {
    return this.db.transaction(tx => work(storesOver(tx)));
  }
}

function storesOver(db: Knex): GatekeeperStores {
  return {
    evidence: EvidenceStore.create(db),
    handovers: HandoverStore.create(db),
    log: DecisionLog.create(db),
  };
}
