import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  CheckDefinition,
  Ladder,
  Severity,
  SeverityByTier,
  TIERS,
} from '@smo-backstage/plugin-smo-common';
import { z } from 'zod';

/** Overrides for one check (built-in, configured or contributed). */
export interface CheckOverride {
  enabled?: boolean;
  /** The level of the ladder the check belongs to. */
  level?: string;
  severity?: Partial<SeverityByTier>;
  weight?: number;
  attestationValidityDays?: number;
}

/** The declarative rule of a custom check; exactly one kind per check. */
export type DeclarativeRule =
  | { annotationPresent: string }
  | { annotationMatches: { annotation: string; pattern: string } }
  | { linkType: string }
  | { relation: { type: string; targetKind?: string } }
  | { specEquals: { field: string; value: string | number | boolean } };

/** A custom check declared in app-config. */
export interface DeclarativeCheckConfig
  extends Omit<CheckDefinition, 'source' | 'attestation'> {
  rule: DeclarativeRule;
}

/** Typed, validated `smo.readiness` configuration. */
export interface ReadinessConfig {
  /** Catalog filter selecting the scored entities. */
  entityFilter: Record<string, string | string[]>[];
  schedule: SchedulerServiceTaskScheduleDefinition;
  historyRetentionDays: number;
  checks: Record<string, CheckOverride>;
  customChecks: DeclarativeCheckConfig[];
  /** The readiness ladder, when configured (`smo.readiness.levels`). */
  levels?: Ladder;
}

const severity = z.enum(['blocking', 'advisory']);
const severityByTier = z
  .object(Object.fromEntries(TIERS.map(t => [t, severity.optional()])))
  .strict();
const filterValue = z.union([z.string().min(1), z.array(z.string().min(1))]);

const ruleSchema = z.union([
  z.object({ annotationPresent: z.string().min(1) }).strict(),
  z
    .object({
      annotationMatches: z
        .object({
          annotation: z.string().min(1),
          pattern: z
            .string()
            .refine(isValidRegExp, 'is not a valid regular expression'),
        })
        .strict(),
    })
    .strict(),
  z.object({ linkType: z.string().min(1) }).strict(),
  z
    .object({
      relation: z
        .object({
          type: z.string().min(1),
          targetKind: z.string().min(1).optional(),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      specEquals: z
        .object({
          field: z.string().min(1),
          value: z.union([z.string(), z.number(), z.boolean()]),
        })
        .strict(),
    })
    .strict(),
]);

const schema = z
  .object({
    entityFilter: z
      .union([
        z.record(z.string(), filterValue),
        z.array(z.record(z.string(), filterValue)),
      ])
      .optional(),
    historyRetentionDays: z.number().int().positive().optional(),
    // Accepted and ignored since stored reads need the catalog only for callers whose catalog read is conditional
    // (docs/security.md); configurations that still set it keep starting.
    serveStoredDuringCatalogOutage: z.enum(['none', 'services']).optional(),
    checks: z
      .record(
        z.string(),
        z
          .object({
            enabled: z.boolean().optional(),
            level: z.string().min(1).optional(),
            severity: severityByTier.optional(),
            weight: z.number().positive().optional(),
            attestationValidityDays: z.number().int().positive().optional(),
          })
          .strict(),
      )
      .optional(),
    customChecks: z
      .array(
        z
          .object({
            id: z
              .string()
              .regex(
                /^[a-z0-9]+([.-][a-z0-9]+)*$/,
                'must be a dotted lower-case id',
              ),
            title: z.string().min(1),
            category: z.string().min(1),
            howToFix: z.string().min(1),
            level: z.string().min(1).optional(),
            severity: severityByTier.optional(),
            weight: z.number().positive().optional(),
            rule: ruleSchema,
          })
          .strict(),
      )
      .optional(),
    // Validated by readSchedulerServiceTaskScheduleDefinitionFromConfig.
    schedule: z.unknown().optional(),
    levels: z
      .object({
        ladder: z
          .array(
            z
              .object({
                id: z.string().min(1),
                title: z.string().min(1).optional(),
              })
              .strict(),
          )
          .min(1),
        handover: z.string().min(1),
      })
      .strict()
      .optional(),
  })
  .strict();

function isValidRegExp(pattern: string) {
  try {
    RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 20 },
};

/** Fills a partial per-tier severity; unspecified tiers get `fallback`. */
export function completeSeverity(
  partial: Partial<SeverityByTier> | undefined,
  fallback: SeverityByTier,
): SeverityByTier {
  return Object.fromEntries(
    TIERS.map(t => [t, partial?.[t] ?? fallback[t]]),
  ) as Record<(typeof TIERS)[number], Severity>;
}

const ADVISORY: SeverityByTier = {
  'tier-1': 'advisory',
  'tier-2': 'advisory',
  'tier-3': 'advisory',
  'tier-4': 'advisory',
};

/**
 * Reads and validates `smo.readiness`. Invalid values fail start-up with an error naming the key,
 * e.g. `smo.readiness.checks.ops.runbook.weight: Too small: expected number to be >0`.
 */
export function readReadinessConfig(root: Config): ReadinessConfig {
  const config = root.getOptionalConfig('smo.readiness');
  const raw = (config?.get() ?? {}) as unknown;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = ['smo', 'readiness', ...issue.path.map(String)].join('.');
    throw new Error(`Invalid SMO configuration at ${key}: ${issue.message}`);
  }
  const value = parsed.data;
  const customChecks = (value.customChecks ?? []).map(c => ({
    ...c,
    severity: completeSeverity(c.severity, ADVISORY),
    weight: c.weight ?? 1,
    rule: c.rule as DeclarativeRule,
  }));
  const ids = new Set<string>();
  for (const check of customChecks) {
    if (ids.has(check.id)) {
      throw new Error(
        `Invalid SMO configuration at smo.readiness.customChecks: id '${check.id}' is declared twice`,
      );
    }
    ids.add(check.id);
  }
  const levels = value.levels && readLadder(value.levels);
  const known = new Set(levels?.levels.map(l => l.id));
  const levelled = [
    ...Object.entries(value.checks ?? {}).map(
      ([id, c]) => [`checks.${id}.level`, c.level] as const,
    ),
    ...customChecks.map(
      (c, i) => [`customChecks.${i}.level`, c.level] as const,
    ),
  ];
  for (const [path, level] of levelled) {
    if (level !== undefined && !known.has(level)) {
      throw new Error(
        `Invalid SMO configuration at smo.readiness.${path}: ${
          levels
            ? `'${level}' is not a level of smo.readiness.levels.ladder`
            : 'no smo.readiness.levels ladder is configured'
        }`,
      );
    }
  }
  const filter = value.entityFilter ?? { kind: 'Component' };
  return {
    entityFilter: Array.isArray(filter) ? filter : [filter],
    schedule: config?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
    historyRetentionDays: value.historyRetentionDays ?? 365,
    checks: (value.checks ?? {}) as Record<string, CheckOverride>,
    customChecks,
    ...(levels && { levels }),
  };
}

/** The ladder with a title for each level; its ids unique and the handover's level one of them. */
function readLadder(raw: {
  ladder: { id: string; title?: string }[];
  handover: string;
}): Ladder {
  const ids = raw.ladder.map(l => l.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) {
    throw new Error(
      `Invalid SMO configuration at smo.readiness.levels.ladder: level '${twice}' is listed twice`,
    );
  }
  if (!ids.includes(raw.handover)) {
    throw new Error(
      `Invalid SMO configuration at smo.readiness.levels.handover: '${raw.handover}' is not a level of the ladder`,
    );
  }
  return {
    levels: raw.ladder.map(({ id, title }) => ({ id, title: title ?? id })),
    handover: raw.handover,
  };
}
