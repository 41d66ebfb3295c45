import {
  CampaignDefinition,
  campaignEnforced,
  campaignStarted,
  Severity,
  SeverityByTier,
  StandardChange,
  Tier,
  TIERS,
} from '@smo-backstage/plugin-smo-common';
import { createHash } from 'node:crypto';

/** What of a check in force makes the standard: whether it is there, how severe per tier, how heavy. */
export interface StandardCheck {
  id: string;
  severity: SeverityByTier;
  weight: number;
  /** The started campaigns targeting the check: the severity they switch it to and the tiers already switched. */
  campaigns?: CampaignPhase[];
}

/** Where a campaign stands for one of its checks. */
export interface CampaignPhase {
  id: string;
  severity: Severity;
  enforced: Tier[];
}

/**
 * The standard of a check plan and the campaigns at `now`, in id order, and its fingerprint. A campaign enters the
 * standard when it starts and changes it at each tier's deadline, so each of those is recorded as a change.
 */
export function standardOf(
  checks: { id: string; severity: SeverityByTier; weight: number }[],
  campaigns: readonly CampaignDefinition[] = [],
  now: Date = new Date(),
): { checks: StandardCheck[]; fingerprint: string } {
  const started = campaigns.filter(c => campaignStarted(c, now));
  const standard = checks
    .map(({ id, severity, weight }) => {
      const phases = started
        .filter(c => c.target.checks.includes(id))
        .map(c => ({
          id: c.id,
          severity: c.severity,
          enforced: TIERS.filter(t => campaignEnforced(c, t, now)),
        }));
      return {
        id,
        severity: Object.fromEntries(
          TIERS.map(t => [t, severity[t]]),
        ) as SeverityByTier,
        weight,
        ...(phases.length > 0 && { campaigns: phases }),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    checks: standard,
    fingerprint: createHash('sha1')
      .update(JSON.stringify(standard))
      .digest('hex'),
  };
}

/** What changed from one standard to the next, each change in words, and a one-line summary. */
export function diffStandards(
  before: StandardCheck[],
  after: StandardCheck[],
): Pick<StandardChange, 'changes' | 'summary'> {
  const old = new Map(before.map(c => [c.id, c]));
  const now = new Map(after.map(c => [c.id, c]));
  const changes: StandardChange['changes'] = [];
  for (const check of after) {
    changes.push(...diffCampaigns(check, old.get(check.id)?.campaigns ?? []));
    const was = old.get(check.id);
    if (!was) {
      changes.push({
        checkId: check.id,
        change: 'added',
        description: `${check.id} added (${severityWords(check.severity)})`,
      });
      continue;
    }
    const moved = new Map<string, string[]>();
    for (const tier of TIERS) {
      if (was.severity[tier] !== check.severity[tier]) {
        const key = `${was.severity[tier]} → ${check.severity[tier]}`;
        moved.set(key, [...(moved.get(key) ?? []), tier]);
      }
    }
    if (moved.size > 0) {
      changes.push({
        checkId: check.id,
        change: 'severity',
        description: `${check.id}: ${[...moved]
          .map(([how, tiers]) => `${tiers.join(', ')} ${how}`)
          .join('; ')}`,
      });
    }
    if (was.weight !== check.weight) {
      changes.push({
        checkId: check.id,
        change: 'weight',
        description: `${check.id}: weight ${was.weight} → ${check.weight}`,
      });
    }
  }
  for (const check of before) {
    if (!now.has(check.id)) {
      changes.push({
        checkId: check.id,
        change: 'removed',
        description: `${check.id} removed`,
      });
    }
  }
  return { changes, summary: changes.map(c => c.description).join('; ') };
}

/** A campaign started, reached a tier's deadline or ended, for one check. */
function diffCampaigns(
  check: StandardCheck,
  before: CampaignPhase[],
): StandardChange['changes'] {
  const was = new Map(before.map(p => [p.id, p]));
  const now = check.campaigns ?? [];
  const change = (campaignId: string, text: string) => ({
    checkId: check.id,
    change: 'campaign' as const,
    campaignId,
    description: `${check.id}: campaign ${campaignId} ${text}`,
  });
  return [
    ...now.flatMap(phase => {
      const earlier = was.get(phase.id);
      const passed = phase.enforced.filter(t => !earlier?.enforced.includes(t));
      return [
        ...(earlier
          ? []
          : [
              change(
                phase.id,
                'started: advisory in its scope until its deadlines',
              ),
            ]),
        ...(passed.length > 0
          ? [
              change(
                phase.id,
                `deadline passed for ${passed.join(', ')}: ${
                  phase.severity
                } in its scope`,
              ),
            ]
          : []),
      ];
    }),
    ...before
      .filter(phase => !now.some(p => p.id === phase.id))
      .map(phase => change(phase.id, 'ended')),
  ];
}

/** "blocking for tier-1, tier-2; advisory for tier-3, tier-4". */
function severityWords(severity: SeverityByTier): string {
  const by = new Map<string, string[]>();
  for (const tier of TIERS) {
    by.set(severity[tier], [...(by.get(severity[tier]) ?? []), tier]);
  }
  return [...by].map(([s, tiers]) => `${s} for ${tiers.join(', ')}`).join('; ');
}
