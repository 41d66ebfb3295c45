import type {
  Campaign,
  CampaignMemberStatus,
  CampaignStatus,
  ReadinessResult,
} from '../schema/openapi/generated/models';
import { Tier, TIERS } from '../readiness/types';

export type {
  Campaign,
  CampaignMemberStatus,
  CampaignStatus,
} from '../schema/openapi/generated/models';

/** A campaign as configured: what `smo.improvement.campaigns` declares, before status and progress. @public */
export type CampaignDefinition = Omit<Campaign, 'status' | 'progress'>;

/** What a campaign's scope is matched against: canonical refs of the entity's place in the catalog. @public */
export interface CampaignScopeFacts {
  offerings: readonly string[];
  systemRef?: string;
  ownerRef?: string;
  tier: Tier;
  lifecycle?: string;
}

/** Every list the scope gives must match; an empty scope covers every scored component. @public */
export function inCampaignScope(
  campaign: Pick<CampaignDefinition, 'scope'>,
  facts: CampaignScopeFacts,
): boolean {
  const { offerings, systems, owners, tiers, lifecycles } = campaign.scope;
  const has = (list: readonly string[] | undefined, value?: string) =>
    !list || list.length === 0 || (!!value && list.includes(value));
  return (
    (!offerings ||
      offerings.length === 0 ||
      facts.offerings.some(o => offerings.includes(o))) &&
    has(systems, facts.systemRef) &&
    has(owners, facts.ownerRef) &&
    has(tiers, facts.tier) &&
    has(lifecycles, facts.lifecycle)
  );
}

/** The start of a date (`YYYY-MM-DD`), UTC, in ms. */
const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Whether the campaign has started at `now`: from the start of its start date, UTC. @public */
export function campaignStarted(
  campaign: Pick<CampaignDefinition, 'start'>,
  now: Date,
): boolean {
  return now.getTime() >= dayStart(campaign.start);
}

/** Whether the tier's deadline has passed at `now`: the switch happens at the start of the deadline date, UTC. @public */
export function campaignEnforced(
  campaign: Pick<CampaignDefinition, 'deadlines'>,
  tier: Tier,
  now: Date,
): boolean {
  return now.getTime() >= dayStart(campaign.deadlines[tier]);
}

/** scheduled → running → enforcing (some tiers' deadlines passed) → enforced (all). @public */
export function campaignStatus(
  campaign: Pick<CampaignDefinition, 'start' | 'deadlines'>,
  now: Date,
): CampaignStatus {
  if (!campaignStarted(campaign, now)) return 'scheduled';
  const passed = TIERS.filter(t => campaignEnforced(campaign, t, now)).length;
  if (passed === 0) return 'running';
  return passed === TIERS.length ? 'enforced' : 'enforcing';
}

/**
 * Where one component stands against a campaign's target, from its result: `met` when every target check passes or
 * does not apply (for a verdict campaign: ready), `waived` when that holds only through waivers, `open` otherwise.
 * `failing` names the target checks not met (for a verdict campaign: the blockers).
 *
 * @public
 */
export function campaignMemberStatus(
  campaign: Pick<CampaignDefinition, 'target'>,
  result: Pick<ReadinessResult, 'checks' | 'verdict' | 'blockers'>,
): { status: CampaignMemberStatus; failing: string[] } {
  if (campaign.target.verdict) {
    if (result.verdict !== 'ready') {
      return { status: 'open', failing: [...result.blockers] };
    }
    const waived = result.checks.some(
      c => c.status === 'waived' && c.severity === 'blocking',
    );
    return { status: waived ? 'waived' : 'met', failing: [] };
  }
  const targets = result.checks.filter(c =>
    campaign.target.checks.includes(c.id),
  );
  // A target check the result does not have (recorded before the check existed) is not met.
  const failing = campaign.target.checks.filter(id => {
    const check = targets.find(c => c.id === id);
    return (
      !check ||
      (check.status !== 'pass' &&
        check.status !== 'not-applicable' &&
        check.status !== 'waived')
    );
  });
  if (failing.length > 0) return { status: 'open', failing };
  return {
    status: targets.some(c => c.status === 'waived') ? 'waived' : 'met',
    failing: [],
  };
}
