import { Entity } from '@backstage/catalog-model';
import { Config, ConfigReader } from '@backstage/config';
import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import { SmoCheck } from '@smo-backstage/plugin-smo-node';
import { DateTime } from 'luxon';
import { RelatedEntityIndex } from './catalog/RelatedEntityIndex';
import { readReadinessConfig } from './config';
import { evaluateEntity, NO_EVIDENCE } from './engine/evaluate';
import { buildCheckPlan } from './engine/plan';

/**
 * The readiness engine outside the plugin: what each sweep evaluates, over entities held in memory, without catalog,
 * store or recorded evidence. For benchmarks and for trying checks against example entities.
 *
 * @alpha
 */
export interface ReadinessEngine {
  /** The ids of the checks in force, in display order. */
  readonly checkIds: string[];
  /** Evaluates one entity as a sweep would with no attestations, waivers or facts recorded. */
  evaluate(entity: Entity): ReadinessResult;
}

/**
 * Options of {@link createReadinessEngine}.
 *
 * @alpha
 */
export interface ReadinessEngineOptions {
  /** The entities checks read about (offerings, agreements, process owners, groups, users, systems, domains). */
  related: Iterable<Entity>;
  /** The app config; `smo.readiness` is read as the plugin reads it. Defaults to none: the built-in checks. */
  config?: Config;
  /** Checks a module would contribute through `smoChecksExtensionPoint`. */
  checks?: SmoCheck[];
  /** The time evaluations are made at; defaults to the time of each evaluation. */
  now?: Date;
}

/**
 * Builds the readiness engine with the plugin's check plan.
 *
 * @alpha
 */
export function createReadinessEngine(
  options: ReadinessEngineOptions,
): ReadinessEngine {
  const plan = buildCheckPlan(
    readReadinessConfig(options.config ?? new ConfigReader({})),
    options.checks ?? [],
  );
  const index = RelatedEntityIndex.fromEntities(options.related);
  const fixed =
    options.now && DateTime.fromJSDate(options.now, { zone: 'utc' });
  return {
    checkIds: plan.map(check => check.id),
    evaluate: entity =>
      evaluateEntity(entity, index, NO_EVIDENCE, plan, fixed ?? DateTime.utc()),
  };
}
