import { ConfigReader } from '@backstage/config';
import { SUGGESTED_LADDER } from '@smo-backstage/plugin-smo-common';
import {
  indexOf,
  NOW,
  portfolio,
  readyComponent,
} from '../__testUtils__/fixtures';
import { readReadinessConfig } from '../config';
import { evaluateEntity, NO_EVIDENCE } from './evaluate';
import { buildCheckPlan } from './plan';

const LADDER = {
  ladder: SUGGESTED_LADDER.levels,
  handover: 'transition-ready',
};

const configWith = (readiness: object) =>
  readReadinessConfig(new ConfigReader({ smo: { readiness } }));

describe('the readiness ladder', () => {
  it('is off by default: no levels on checks or results', () => {
    const plan = buildCheckPlan(configWith({}), []);
    expect(plan.every(c => c.level === undefined)).toBe(true);
    const result = evaluateEntity(
      readyComponent(),
      indexOf(portfolio()),
      NO_EVIDENCE,
      plan,
      NOW,
    );
    expect(result.level).toBeUndefined();
  });

  it('gives each check its declared level, or the configured one', () => {
    const config = configWith({
      levels: LADDER,
      checks: { 'docs.techdocs': { level: 'design-ready' } },
    });
    const plan = buildCheckPlan(config, []);
    const level = (id: string) => plan.find(c => c.id === id)!.level;
    expect(level('ops.runbook')).toBe('transition-ready');
    expect(level('docs.techdocs')).toBe('design-ready');
    expect(level('sla.attainment')).toBe('improving');
  });

  it('makes every check at or below the handover level block, whatever its severity', () => {
    const config = configWith({ levels: LADDER });
    const plan = buildCheckPlan(config, []);
    // Without attestations: security.review (transition-ready) and the rest fail.
    const result = evaluateEntity(
      readyComponent(),
      indexOf(portfolio()),
      NO_EVIDENCE,
      plan,
      NOW,
      { ladder: config.levels },
    );
    expect(result.level).toMatchObject({
      achieved: 'design-ready',
      required: 'transition-ready',
      next: 'transition-ready',
    });
    expect(result.level!.missing).toEqual(
      expect.arrayContaining(['security.review', 'release.rollback-tested']),
    );
    // release.rollback-tested is advisory for every tier, yet on the ladder it blocks the handover.
    expect(
      plan.find(c => c.id === 'release.rollback-tested')!.severity['tier-1'],
    ).toBe('advisory');
    expect(result.blockers).toContain('release.rollback-tested');
    expect(result.verdict).toBe('not-ready');
    // continuity.restore-tested is operation-ready: above the handover level, it blocks only by its severity.
    expect(
      result.checks.find(c => c.id === 'continuity.restore-tested')!.level,
    ).toBe('operation-ready');
  });

  it.each([
    [
      { levels: { ladder: [{ id: 'a' }, { id: 'a' }], handover: 'a' } },
      /smo.readiness.levels.ladder: level 'a' is listed twice/,
    ],
    [
      { levels: { ladder: [{ id: 'a' }], handover: 'b' } },
      /smo.readiness.levels.handover: 'b' is not a level of the ladder/,
    ],
    [
      { levels: LADDER, checks: { 'ops.runbook': { level: 'gold' } } },
      /smo.readiness.checks.ops.runbook.level: 'gold' is not a level/,
    ],
    [
      { checks: { 'ops.runbook': { level: 'design-ready' } } },
      /smo.readiness.checks.ops.runbook.level: no smo.readiness.levels ladder is configured/,
    ],
    [{ levels: { ladder: [], handover: 'a' } }, /smo.readiness.levels.ladder/],
  ])('refuses a bad ladder: %j', (readiness, message) => {
    expect(() => configWith(readiness)).toThrow(message);
  });
});
