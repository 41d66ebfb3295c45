import { SmoCheck } from '@smo-backstage/plugin-smo-node';
import { completeSeverity, ReadinessConfig } from '../config';
import { BUILTIN_CHECKS } from './checks/builtin';
import { declarativeCheck } from './checks/declarative';
import { EngineCheck } from './checks/types';

/**
 * The checks in force: built-ins, custom checks from config and checks contributed by modules,
 * with the per-check overrides of `smo.readiness.checks` applied. Built once at start-up.
 */
export function buildCheckPlan(
  config: ReadinessConfig,
  contributed: SmoCheck[],
): EngineCheck[] {
  const all: EngineCheck[] = [
    ...BUILTIN_CHECKS.map(
      ({ evaluate, attestation, ...check }): EngineCheck => {
        const validityDays =
          config.checks[check.id]?.attestationValidityDays ??
          attestation?.validityDays ??
          0;
        const settings = { validityDays };
        return {
          ...check,
          source: 'builtin',
          attestation: attestation && { ...attestation, validityDays },
          evaluate: s => evaluate(s, settings),
        };
      },
    ),
    ...config.customChecks.map(declarativeCheck),
    ...contributed.map(
      (check): EngineCheck => ({
        id: check.id,
        title: check.title,
        category: check.category,
        howToFix: check.howToFix,
        severity: check.severity,
        weight: check.weight ?? 1,
        source: 'module',
        evaluate: s =>
          check.evaluate({
            entity: s.entity,
            tier: s.tier,
            facts: s.facts,
            now: s.instant.iso,
          }),
      }),
    ),
  ];

  const byId = new Map<string, EngineCheck>();
  for (const check of all) {
    if (byId.has(check.id)) {
      throw new Error(
        `SMO check id '${check.id}' is defined twice (${
          byId.get(check.id)!.source
        } and ${check.source})`,
      );
    }
    byId.set(check.id, check);
  }
  for (const id of Object.keys(config.checks)) {
    if (!byId.has(id)) {
      throw new Error(
        `Invalid SMO configuration at smo.readiness.checks.${id}: no check has this id`,
      );
    }
  }

  return all.flatMap(check => {
    const override = config.checks[check.id] ?? {};
    if (override.enabled === false) return [];
    if (override.attestationValidityDays !== undefined && !check.attestation) {
      throw new Error(
        `Invalid SMO configuration at smo.readiness.checks.${check.id}.attestationValidityDays: ${check.id} is not an attestation check`,
      );
    }
    const { level: declared, ...rest } = check;
    // A level counts only on a configured ladder that has it (a built-in's suggested level may not be there).
    const level = config.levels?.levels.some(
      l => l.id === (override.level ?? declared),
    )
      ? override.level ?? declared
      : undefined;
    return [
      {
        ...rest,
        ...(level && { level }),
        severity: completeSeverity(override.severity, check.severity),
        weight: override.weight ?? check.weight,
      },
    ];
  });
}
