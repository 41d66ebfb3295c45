import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  CheckCategory,
  SeverityByTier,
  Tier,
} from '@smo-backstage/plugin-smo-common';

/** What a check reports; the engine adds title, severity, weight and waivers. @public */
export interface SmoCheckOutcome {
  status: 'pass' | 'fail' | 'not-applicable' | 'unknown';
  /** Says exactly what was found, e.g. "SLA payments-gold expired on 2026-03-31". */
  message: string;
}

/** What a check may read. Checks never do I/O: everything is gathered before evaluation. @public */
export interface SmoCheckContext {
  entity: Entity;
  tier: Tier;
  /** Facts gathered by fact providers for this entity, by provider id. */
  facts: Readonly<Record<string, unknown>>;
  /** Evaluation time, as an ISO timestamp. */
  now: string;
}

/** A readiness check contributed in code. @public */
export interface SmoCheck {
  /** Stable id, e.g. `acme.cost-centre`; must not collide with another check. */
  id: string;
  title: string;
  category: CheckCategory;
  howToFix: string;
  severity: SeverityByTier;
  weight?: number;
  evaluate(context: SmoCheckContext): SmoCheckOutcome;
}

/** Gathers facts for a batch of entities before checks run (may do I/O). @public */
export interface SmoFactProvider {
  id: string;
  /** Returns facts keyed by entity ref; entities without facts may be left out. */
  retrieve(entities: Entity[]): Promise<Map<string, unknown>>;
  /**
   * A token that changes whenever `retrieve` may answer differently (an export file's modification time, the newest
   * record's id). While every provider's token, the catalog and the evidence stay the same, a sweep skips evaluating;
   * a provider without one makes every sweep evaluate everything.
   */
  version?(): Promise<string>;
}

/** Lets other backend modules contribute readiness checks and fact providers. @public */
export interface SmoChecksExtensionPoint {
  addCheck(...checks: SmoCheck[]): void;
  addFactProvider(...providers: SmoFactProvider[]): void;
}

/** @public */
export const smoChecksExtensionPoint =
  createExtensionPoint<SmoChecksExtensionPoint>({ id: 'smo.checks' });
