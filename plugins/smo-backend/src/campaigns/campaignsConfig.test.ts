import { ConfigReader } from '@backstage/config';
import { assertCampaignChecks, readCampaigns } from './campaignsConfig';

const read = (campaigns: any) =>
  readCampaigns(new ConfigReader({ smo: { improvement: { campaigns } } }));

const BASE = {
  id: 'docs',
  title: 'Docs',
  owner: 'smo',
  target: { checks: ['docs.techdocs'] },
  start: '2026-11-01',
  deadline: '2026-12-01',
};

describe('smo.improvement.campaigns', () => {
  it('is empty when absent', () => {
    expect(readCampaigns(new ConfigReader({}))).toEqual([]);
  });

  it('completes deadlines per tier, canonical refs and defaults', () => {
    const [campaign] = read([
      {
        ...BASE,
        deadlines: { 'tier-1': '2026-11-20' },
        scope: { offerings: ['Online-Checkout'], owners: ['team-a'] },
      },
    ]);
    expect(campaign).toEqual({
      id: 'docs',
      title: 'Docs',
      ownerRef: 'group:default/smo',
      target: { checks: ['docs.techdocs'], verdict: false },
      severity: 'blocking',
      scope: {
        offerings: ['serviceoffering:default/online-checkout'],
        owners: ['group:default/team-a'],
      },
      start: '2026-11-01',
      deadlines: {
        'tier-1': '2026-11-20',
        'tier-2': '2026-12-01',
        'tier-3': '2026-12-01',
        'tier-4': '2026-12-01',
      },
      reminderDays: 7,
    });
    expect(read([{ ...BASE, target: { verdict: true } }])[0].target).toEqual({
      checks: [],
      verdict: true,
    });
  });

  it.each([
    [{ ...BASE, id: 'Docs!' }, 'smo.improvement.campaigns.0.id'],
    [{ ...BASE, start: '2026-13-01' }, 'campaigns.0.start: must be a date'],
    [
      { ...BASE, deadline: undefined },
      'campaigns.0.deadlines.tier-1: every tier needs a deadline',
    ],
    [{ ...BASE, deadline: '2026-10-01' }, 'is before the start 2026-11-01'],
    [{ ...BASE, target: {} }, 'campaigns.0.target'],
    [{ ...BASE, scope: { tiers: ['tier-9'] } }, 'campaigns.0.scope.tiers.0'],
    [
      { ...BASE, reminders: { everyDays: 0 } },
      'campaigns.0.reminders.everyDays',
    ],
  ])('refuses %j naming the key', (campaign, message) => {
    expect(() => read([campaign])).toThrow(message);
  });

  it('refuses an id twice and a target check not in force', () => {
    expect(() => read([BASE, BASE])).toThrow(
      "smo.improvement.campaigns.1.id: 'docs' is declared twice",
    );
    expect(() =>
      assertCampaignChecks(read([BASE]), new Set(['ops.runbook'])),
    ).toThrow(
      "smo.improvement.campaigns.0.target.checks.0: no check 'docs.techdocs' is in force",
    );
  });
});
