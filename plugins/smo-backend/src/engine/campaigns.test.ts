import { ConfigReader } from '@backstage/config';
import { CampaignDefinition } from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { indexOf, portfolio, readyComponent } from '../__testUtils__/fixtures';
import { readCampaigns } from '../campaigns/campaignsConfig';
import { readReadinessConfig } from '../config';
import { evaluateEntity, NO_EVIDENCE } from './evaluate';
import { buildCheckPlan } from './plan';

const plan = buildCheckPlan(readReadinessConfig(new ConfigReader({})), []);

const campaigns = (list: object[]): CampaignDefinition[] =>
  readCampaigns(
    new ConfigReader({ smo: { improvement: { campaigns: list } } }),
  );

const DOCS = {
  id: 'docs',
  title: 'Docs for every service',
  owner: 'smo',
  target: { checks: ['docs.techdocs'] },
  start: '2026-11-01',
  deadline: '2026-12-01',
  deadlines: { 'tier-4': '2027-01-15' },
};

// checkout without its TechDocs annotation: docs.techdocs fails; it is advisory by default.
const undocumented = () => {
  const entity = readyComponent();
  delete entity.metadata.annotations!['backstage.io/techdocs-ref'];
  return entity;
};

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

function evaluate(list: object[], now: string, entity = undocumented()) {
  const result = evaluateEntity(
    entity,
    indexOf(portfolio()),
    NO_EVIDENCE,
    plan,
    at(now),
    { campaigns: campaigns(list) },
  );
  return { result, docs: result.checks.find(c => c.id === 'docs.techdocs')! };
}

describe('campaigns in the engine (clock-driven)', () => {
  it('leaves a result as it was before the campaign starts', () => {
    const { result, docs } = evaluate([DOCS], '2026-10-31T23:59:59Z');
    expect(result.campaigns).toBeUndefined();
    expect(docs.campaign).toBeUndefined();
    expect(docs.severity).toBe('advisory');
  });

  it('keeps the target advisory in scope until the deadline, then makes it blocking by itself', () => {
    const tier = evaluate([DOCS], '2026-11-15T00:00:00Z').result.tier;
    expect(tier).not.toBe('tier-4');

    const before = evaluate([DOCS], '2026-11-30T23:59:59Z');
    expect(before.result.campaigns).toEqual(['docs']);
    expect(before.docs).toMatchObject({
      status: 'fail',
      severity: 'advisory',
      campaign: { id: 'docs', deadline: '2026-12-01', enforced: false },
    });
    expect(before.result.blockers).not.toContain('docs.techdocs');

    const after = evaluate([DOCS], '2026-12-01T00:00:00Z');
    expect(after.docs).toMatchObject({
      severity: 'blocking',
      campaign: { id: 'docs', enforced: true },
    });
    expect(after.result.blockers).toContain('docs.techdocs');
    expect(after.result.verdict).toBe('not-ready');
  });

  it('makes a normally blocking check advisory in scope while the campaign runs', () => {
    const blocking = buildCheckPlan(
      readReadinessConfig(
        new ConfigReader({
          smo: {
            readiness: {
              checks: {
                'docs.techdocs': {
                  severity: {
                    'tier-1': 'blocking',
                    'tier-2': 'blocking',
                    'tier-3': 'blocking',
                    'tier-4': 'blocking',
                  },
                },
              },
            },
          },
        }),
      ),
      [],
    );
    const result = evaluateEntity(
      undocumented(),
      indexOf(portfolio()),
      NO_EVIDENCE,
      blocking,
      at('2026-11-15T00:00:00Z'),
      { campaigns: campaigns([DOCS]) },
    );
    expect(result.checks.find(c => c.id === 'docs.techdocs')!.severity).toBe(
      'advisory',
    );
    expect(result.blockers).not.toContain('docs.techdocs');
  });

  it('applies only in scope: another owner, tier or lifecycle keeps the standard severity', () => {
    for (const scope of [
      { owners: ['team-b'] },
      { tiers: ['tier-4'] },
      { lifecycles: ['experimental'] },
      { offerings: ['other-offering'] },
    ]) {
      const { result, docs } = evaluate(
        [{ ...DOCS, scope }],
        '2026-12-02T00:00:00Z',
      );
      expect(result.campaigns).toBeUndefined();
      expect(docs.severity).toBe('advisory');
    }
    const inScope = evaluate(
      [
        {
          ...DOCS,
          scope: {
            owners: ['team-a'],
            offerings: ['online-checkout'],
            lifecycles: ['production'],
          },
        },
      ],
      '2026-12-02T00:00:00Z',
    );
    expect(inScope.docs.severity).toBe('blocking');
  });

  it('lets an enforced campaign win over a running one on the same check', () => {
    const { docs } = evaluate(
      [
        { ...DOCS, id: 'later', deadline: '2027-06-01' },
        { ...DOCS, id: 'now', deadline: '2026-11-20' },
      ],
      '2026-11-25T00:00:00Z',
    );
    expect(docs).toMatchObject({
      severity: 'blocking',
      campaign: { id: 'now', enforced: true },
    });
  });
});
