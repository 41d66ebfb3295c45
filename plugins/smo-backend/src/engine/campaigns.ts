import {
  CampaignDefinition,
  campaignEnforced,
  campaignStarted,
  CheckResult,
  inCampaignScope,
  Severity,
  Tier,
} from '@smo-backstage/plugin-smo-common';
import { Subject } from './subject';

/** The campaigns that cover a subject now: started, with the subject in scope. */
export function coveringCampaigns(
  subject: Subject,
  campaigns: readonly CampaignDefinition[],
): CampaignDefinition[] {
  if (campaigns.length === 0) return [];
  const now = subject.instant.date;
  const lifecycle = subject.entity.spec?.lifecycle;
  const facts = {
    offerings: subject.offerings.map(o => o.key),
    systemRef: subject.systemKey,
    ownerRef: subject.ownerKey,
    tier: subject.tier,
    lifecycle: typeof lifecycle === 'string' ? lifecycle : undefined,
  };
  return campaigns.filter(
    c => campaignStarted(c, now) && inCampaignScope(c, facts),
  );
}

/**
 * A check's severity under the campaigns covering the subject, and the campaign that set it; undefined when none
 * targets the check. Before its tier's deadline a campaign makes its checks advisory (time to comply); from the
 * deadline they take the campaign's severity. When several apply, an enforced one wins over a running one, the
 * strictest severity among the enforced, then the earliest deadline.
 */
export function campaignSeverity(
  checkId: string,
  tier: Tier,
  covering: readonly CampaignDefinition[],
  now: Date,
):
  | { severity: Severity; campaign: NonNullable<CheckResult['campaign']> }
  | undefined {
  const rules = covering
    .filter(c => c.target.checks.includes(checkId))
    .map(c => {
      const enforced = campaignEnforced(c, tier, now);
      return {
        severity: enforced ? c.severity : ('advisory' as Severity),
        campaign: {
          id: c.id,
          title: c.title,
          deadline: c.deadlines[tier],
          enforced,
        },
      };
    })
    .sort(
      (a, b) =>
        Number(b.campaign.enforced) - Number(a.campaign.enforced) ||
        Number(b.severity === 'blocking') - Number(a.severity === 'blocking') ||
        a.campaign.deadline.localeCompare(b.campaign.deadline),
    );
  return rules[0];
}
