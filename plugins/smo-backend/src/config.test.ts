import { ConfigReader } from '@backstage/config';
import { readReadinessConfig } from './config';
import { buildCheckPlan } from './engine/plan';

const read = (readiness: unknown) =>
  readReadinessConfig(new ConfigReader({ smo: { readiness } } as any));

describe('readReadinessConfig', () => {
  it('defaults to scoring every Component', () => {
    const config = readReadinessConfig(new ConfigReader({}));
    expect(config.entityFilter).toEqual([{ kind: 'Component' }]);
    expect(config.historyRetentionDays).toBe(365);
    expect(buildCheckPlan(config, [])).toHaveLength(19);
  });

  it.each([
    [
      { checks: { 'ops.runbook': { weight: -1 } } },
      'smo.readiness.checks.ops.runbook.weight',
    ],
    [
      { checks: { 'ops.runbook': { severity: { 'tier-1': 'fatal' } } } },
      'smo.readiness.checks.ops.runbook.severity.tier-1',
    ],
    [{ historyRetentionDays: 'forever' }, 'smo.readiness.historyRetentionDays'],
    [{ entityFiltr: { kind: 'Component' } }, 'smo.readiness'],
    [
      {
        customChecks: [
          {
            id: 'x.y',
            title: 't',
            category: 'c',
            howToFix: 'h',
            rule: { annotationMatches: { annotation: 'a', pattern: '(' } },
          },
        ],
      },
      'smo.readiness.customChecks.0.rule',
    ],
  ])('fails with a message naming the key for %j', (readiness, key) => {
    expect(() => read(readiness)).toThrow(
      `Invalid SMO configuration at ${key}`,
    );
  });

  it('rejects overrides of unknown checks and validity on non-attestation checks', () => {
    expect(() =>
      buildCheckPlan(read({ checks: { 'ops.typo': { enabled: false } } }), []),
    ).toThrow(
      'Invalid SMO configuration at smo.readiness.checks.ops.typo: no check has this id',
    );
    expect(() =>
      buildCheckPlan(
        read({ checks: { 'ops.runbook': { attestationValidityDays: 3 } } }),
        [],
      ),
    ).toThrow('smo.readiness.checks.ops.runbook.attestationValidityDays');
  });

  it('applies overrides and adds custom checks', () => {
    const plan = buildCheckPlan(
      read({
        checks: {
          'docs.techdocs': { enabled: false },
          'ops.runbook': { severity: { 'tier-3': 'blocking' }, weight: 5 },
          'security.review': { attestationValidityDays: 90 },
        },
        customChecks: [
          {
            id: 'acme.cost-centre',
            title: 'Cost centre',
            category: 'finance',
            howToFix: 'Add it',
            rule: { annotationPresent: 'acme.com/cost-centre' },
          },
        ],
      }),
      [],
    );
    const byId = Object.fromEntries(plan.map(c => [c.id, c]));
    expect(byId['docs.techdocs']).toBeUndefined();
    expect(byId['ops.runbook']).toMatchObject({
      weight: 5,
      severity: {
        'tier-1': 'blocking',
        'tier-3': 'blocking',
        'tier-4': 'advisory',
      },
    });
    expect(byId['security.review'].attestation).toEqual({
      type: 'security-review',
      validityDays: 90,
    });
    expect(byId['acme.cost-centre']).toMatchObject({
      source: 'config',
      weight: 1,
    });
  });
});
