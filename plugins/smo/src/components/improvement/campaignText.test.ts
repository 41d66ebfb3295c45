import {
  checkCampaignText,
  deadlinesText,
  progressText,
  scopeText,
  severityText,
  targetText,
} from './campaignText';
import { readyCampaign, techdocsCampaign } from './__testUtils__/improvement';

describe('campaign text', () => {
  it('writes the scope in words, names for refs', () => {
    expect(scopeText(techdocsCampaign.scope)).toBe(
      'Offerings online-checkout; tiers tier-1, tier-2',
    );
    expect(
      scopeText({
        owners: ['group:default/team-a'],
        lifecycles: ['production'],
      }),
    ).toBe('Teams team-a; lifecycles production');
    expect(scopeText({})).toBe('Every scored component');
  });

  it('writes the target, the severity and the deadlines', () => {
    expect(targetText(techdocsCampaign.target)).toBe('docs.techdocs passes');
    expect(targetText({ checks: ['a', 'b'], verdict: false })).toBe(
      'a, b pass',
    );
    expect(targetText(readyCampaign.target)).toBe(
      'Ready for service (the readiness verdict)',
    );
    expect(severityText('blocking')).toBe(
      'Blocking from the deadline (advisory before it)',
    );
    expect(deadlinesText(readyCampaign.deadlines)).toBe(
      '2027-03-31, every tier',
    );
    expect(deadlinesText(techdocsCampaign.deadlines)).toBe(
      'tier-1 2026-11-15, tier-2 2026-12-15, tier-3 2026-12-15, tier-4 2026-12-15',
    );
    expect(progressText(techdocsCampaign.progress)).toBe(
      '5 of 10 met, 2 waived, 3 open',
    );
  });

  it('says how a campaign governs a check: advisory until, or its severity since the deadline', () => {
    const campaign = {
      id: 'techdocs-2026',
      title: 'TechDocs everywhere',
      deadline: '2026-12-15',
      enforced: false,
    };
    expect(checkCampaignText({ severity: 'advisory', campaign })).toBe(
      'Campaign TechDocs everywhere: advisory until 2026-12-15',
    );
    expect(
      checkCampaignText({
        severity: 'blocking',
        campaign: { ...campaign, deadline: '2026-11-15', enforced: true },
      }),
    ).toBe('Campaign TechDocs everywhere: blocking since 2026-11-15');
  });
});
