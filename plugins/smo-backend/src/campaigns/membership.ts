import {
  CampaignDefinition,
  campaignEnforced,
  campaignMemberStatus,
  ReadinessResult,
  SmoApiModels,
} from '@smo-backstage/plugin-smo-common';

/** A component's standing in one campaign, as stored after each sweep. */
export type CampaignMemberRow = SmoApiModels.CampaignMember & {
  campaignId: string;
};

/**
 * Where a freshly evaluated component stands in each campaign covering it (the result lists them): met, waived or
 * open, and missed when open past its tier's deadline.
 */
export function campaignMembers(
  result: ReadinessResult,
  ownerRef: string | undefined,
  campaigns: ReadonlyMap<string, CampaignDefinition>,
  now: Date,
): CampaignMemberRow[] {
  return (result.campaigns ?? []).flatMap(id => {
    const campaign = campaigns.get(id);
    if (!campaign) return [];
    const { status, failing } = campaignMemberStatus(campaign, result);
    return [
      {
        campaignId: id,
        entityRef: result.entityRef,
        ...(ownerRef && { ownerRef }),
        tier: result.tier,
        deadline: campaign.deadlines[result.tier],
        status,
        missed:
          status === 'open' && campaignEnforced(campaign, result.tier, now),
        failing,
      },
    ];
  });
}
