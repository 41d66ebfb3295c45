import {
  Campaign,
  CampaignMemberStatus,
  CampaignStatus,
  CheckResult,
  SmoApiModels,
  TIERS,
} from '@smo-backstage/plugin-smo-common';
import { refName } from '../rollups/rollupText';

// Campaigns in words: every sentence the campaign table, the campaign page and the Governance tab write, kept pure so
// it is tested once.

/** A status as a word; the word says it, colour only repeats it. */
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  scheduled: 'Scheduled',
  running: 'Running',
  enforcing: 'Enforcing some tiers',
  enforced: 'Enforced',
};

export const MEMBER_STATUS_LABELS: Record<CampaignMemberStatus, string> = {
  open: 'Open',
  waived: 'Met with waivers',
  met: 'Met',
};

const SCOPE_PARTS: Array<[keyof SmoApiModels.CampaignScope, string, boolean]> =
  [
    ['offerings', 'offerings', true],
    ['systems', 'systems', true],
    ['owners', 'teams', true],
    ['tiers', 'tiers', false],
    ['lifecycles', 'lifecycles', false],
  ];

/** "Offerings online-checkout, payments; tiers tier-1, tier-2", or every scored component for an empty scope. */
export function scopeText(scope: SmoApiModels.CampaignScope): string {
  const parts = SCOPE_PARTS.flatMap(([key, noun, refs]) => {
    const values = (scope[key] ?? []) as string[];
    if (values.length === 0) return [];
    return [`${noun} ${values.map(v => (refs ? refName(v) : v)).join(', ')}`];
  });
  if (parts.length === 0) return 'Every scored component';
  const text = parts.join('; ');
  return text.charAt(0).toLocaleUpperCase('en-US') + text.slice(1);
}

/** "Ready for service" for a verdict campaign, else the target checks passing. */
export function targetText(target: Campaign['target']): string {
  if (target.verdict) return 'Ready for service (the readiness verdict)';
  return `${target.checks.join(', ')} ${
    target.checks.length === 1 ? 'passes' : 'pass'
  }`;
}

/** One date when every tier shares it ("2026-12-15, every tier"), else each tier's: "tier-1 2026-11-15, tier-2 …". */
export function deadlinesText(deadlines: Campaign['deadlines']): string {
  const dates = TIERS.map(t => deadlines[t]);
  if (dates.every(d => d === dates[0])) return `${dates[0]}, every tier`;
  return TIERS.map(t => `${t} ${deadlines[t]}`).join(', ');
}

/** "12 of 20 met, 3 waived, 5 open". */
export function progressText(counts: SmoApiModels.CampaignCounts): string {
  return `${counts.met} of ${counts.inScope} met, ${counts.waived} waived, ${counts.open} open`;
}

/** What the campaign does at the deadline: "advisory before the deadline, then blocking". */
export function severityText(severity: Campaign['severity']): string {
  return severity === 'blocking'
    ? 'Blocking from the deadline (advisory before it)'
    : 'Advisory (before and after the deadline)';
}

/**
 * A check governed by a campaign, on the Governance tab: "Campaign TechDocs 2026: advisory until 2026-12-15", or from
 * the deadline the severity the check now has: "… blocking since 2026-11-15".
 */
export function checkCampaignText(
  check: Pick<CheckResult, 'severity'> & {
    campaign: NonNullable<CheckResult['campaign']>;
  },
): string {
  const { title, deadline, enforced } = check.campaign;
  return enforced
    ? `Campaign ${title}: ${check.severity} since ${deadline}`
    : `Campaign ${title}: advisory until ${deadline}`;
}
