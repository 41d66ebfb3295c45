import { ConfigReader } from '@backstage/config';
import { readCampaigns } from '../campaigns/campaignsConfig';
import { diffStandards, standardOf } from './standard';

const CHECKS = [
  {
    id: 'docs.techdocs',
    severity: {
      'tier-1': 'advisory',
      'tier-2': 'advisory',
      'tier-3': 'advisory',
      'tier-4': 'advisory',
    } as const,
    weight: 1,
  },
];
const campaigns = readCampaigns(
  new ConfigReader({
    smo: {
      improvement: {
        campaigns: [
          {
            id: 'docs',
            title: 'Docs',
            owner: 'smo',
            target: { checks: ['docs.techdocs'] },
            start: '2026-11-01',
            deadline: '2026-12-01',
            deadlines: { 'tier-4': '2027-01-15' },
          },
        ],
      },
    },
  }),
);
const at = (iso: string) => standardOf(CHECKS, campaigns, new Date(iso));

describe('campaigns in the standard', () => {
  it('changes the fingerprint only when a campaign starts or a deadline passes', () => {
    const none = standardOf(CHECKS);
    expect(at('2026-10-31T12:00:00Z').fingerprint).toBe(none.fingerprint);
    const running = at('2026-11-02T00:00:00Z');
    expect(running.fingerprint).not.toBe(none.fingerprint);
    expect(at('2026-11-30T23:00:00Z').fingerprint).toBe(running.fingerprint);
    const enforced = at('2026-12-01T00:00:00Z');
    expect(enforced.fingerprint).not.toBe(running.fingerprint);
    expect(enforced.checks[0].campaigns).toEqual([
      {
        id: 'docs',
        severity: 'blocking',
        enforced: ['tier-1', 'tier-2', 'tier-3'],
      },
    ]);
  });

  it('words each step as a change of standard', () => {
    const none = standardOf(CHECKS).checks;
    const running = at('2026-11-02T00:00:00Z').checks;
    const enforced = at('2026-12-01T00:00:00Z').checks;
    expect(diffStandards(none, running).changes).toEqual([
      {
        checkId: 'docs.techdocs',
        change: 'campaign',
        campaignId: 'docs',
        description:
          'docs.techdocs: campaign docs started: advisory in its scope until its deadlines',
      },
    ]);
    expect(diffStandards(running, enforced).summary).toBe(
      'docs.techdocs: campaign docs deadline passed for tier-1, tier-2, tier-3: blocking in its scope',
    );
    expect(diffStandards(enforced, none).summary).toBe(
      'docs.techdocs: campaign docs ended',
    );
  });
});
