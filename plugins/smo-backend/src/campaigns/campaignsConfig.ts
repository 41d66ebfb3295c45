import { Config } from '@backstage/config';
import {
  CampaignDefinition,
  Tier,
  TIERS,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { resolveRef } from '../catalog/refs';

const KEY = 'smo.improvement.campaigns';

const date = z
  .string()
  .refine(
    value =>
      /^\d{4}-\d{2}-\d{2}$/.test(value) &&
      DateTime.fromISO(value, { zone: 'utc' }).isValid,
    'must be a date (YYYY-MM-DD)',
  );
const refs = z.array(z.string().min(1)).optional();

const campaignSchema = z
  .object({
    id: z
      .string()
      .max(64)
      .regex(
        /^[a-z0-9][a-z0-9.-]*$/,
        'must be lower-case letters, digits, dots and dashes',
      ),
    title: z.string().min(1),
    description: z.string().optional(),
    owner: z.string().min(1),
    target: z.union([
      z.object({ checks: z.array(z.string().min(1)).min(1) }).strict(),
      z.object({ verdict: z.literal(true) }).strict(),
    ]),
    severity: z.enum(['blocking', 'advisory']).default('blocking'),
    scope: z
      .object({
        offerings: refs,
        systems: refs,
        owners: refs,
        tiers: z.array(z.enum(TIERS as [Tier, ...Tier[]])).optional(),
        lifecycles: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .default({}),
    start: date,
    deadline: date.optional(),
    deadlines: z
      .object(Object.fromEntries(TIERS.map(t => [t, date.optional()])))
      .strict()
      .optional(),
    reminders: z
      .object({ everyDays: z.number().int().min(1).max(365) })
      .strict()
      .optional(),
  })
  .strict();

const schema = z.array(campaignSchema);

/**
 * Reads and validates `smo.improvement.campaigns`. Campaigns live in config, next to the checks whose severity they
 * change: a campaign changes the gate by itself at its deadline, so it is reviewed like any other change of the
 * standard. Refs in the scope are made canonical; every tier gets a deadline (`deadline` for all, `deadlines` per
 * tier overriding it). Errors name the key.
 */
export function readCampaigns(root: Config): CampaignDefinition[] {
  const raw = root.getOptional(KEY) ?? [];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(issue.path.map(String).join('.'), issue.message);
  }
  const seen = new Set<string>();
  return parsed.data.map((c, i) => {
    if (seen.has(c.id)) throw invalid(`${i}.id`, `'${c.id}' is declared twice`);
    seen.add(c.id);
    const deadlines = Object.fromEntries(
      TIERS.map(tier => {
        const deadline = c.deadlines?.[tier] ?? c.deadline;
        if (!deadline) {
          throw invalid(
            `${i}.deadlines.${tier}`,
            'every tier needs a deadline (give deadline, or deadlines per tier)',
          );
        }
        if (deadline < c.start) {
          throw invalid(
            `${i}.deadlines.${tier}`,
            `${deadline} is before the start ${c.start}`,
          );
        }
        return [tier, deadline];
      }),
    ) as Record<Tier, string>;
    const canonical = (
      list: string[] | undefined,
      defaultKind: string,
      path: string,
    ) =>
      list?.map((ref, j) => {
        const key = resolveRef(ref, {
          defaultKind,
          defaultNamespace: 'default',
        });
        if (!key)
          throw invalid(
            `${i}.scope.${path}.${j}`,
            `'${ref}' is not an entity ref`,
          );
        return key;
      });
    const ownerRef = resolveRef(c.owner, {
      defaultKind: 'Group',
      defaultNamespace: 'default',
    });
    if (!ownerRef)
      throw invalid(`${i}.owner`, `'${c.owner}' is not an entity ref`);
    const scope: CampaignDefinition['scope'] = {
      ...(c.scope.offerings && {
        offerings: canonical(c.scope.offerings, 'ServiceOffering', 'offerings'),
      }),
      ...(c.scope.systems && {
        systems: canonical(c.scope.systems, 'System', 'systems'),
      }),
      ...(c.scope.owners && {
        owners: canonical(c.scope.owners, 'Group', 'owners'),
      }),
      ...(c.scope.tiers && { tiers: c.scope.tiers }),
      ...(c.scope.lifecycles && { lifecycles: c.scope.lifecycles }),
    };
    return {
      id: c.id,
      title: c.title,
      ...(c.description && { description: c.description }),
      ownerRef,
      target:
        'checks' in c.target
          ? { checks: c.target.checks, verdict: false }
          : { checks: [], verdict: true },
      severity: c.severity,
      scope,
      start: c.start,
      deadlines,
      reminderDays: c.reminders?.everyDays ?? 7,
    };
  });
}

/** Every target check of every campaign must be in force. */
export function assertCampaignChecks(
  campaigns: CampaignDefinition[],
  checkIds: ReadonlySet<string>,
): void {
  campaigns.forEach((c, i) =>
    c.target.checks.forEach((id, j) => {
      if (!checkIds.has(id)) {
        throw invalid(
          `${i}.target.checks.${j}`,
          `no check '${id}' is in force`,
        );
      }
    }),
  );
}

function invalid(path: string, message: string): Error {
  return new Error(`Invalid SMO configuration at ${KEY}.${path}: ${message}`);
}
