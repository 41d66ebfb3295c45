import { ConfigReader } from '@backstage/config';
import { component } from '@smo-backstage/plugin-smo-common/testUtils';
import { createReadinessEngine } from './alpha';
import { readReadinessConfig } from './config';
import { evaluateEntity, NO_EVIDENCE } from './engine/evaluate';
import { buildCheckPlan } from './engine/plan';
import {
  indexOf,
  NOW,
  portfolio,
  readyComponent,
} from './__testUtils__/fixtures';

describe('createReadinessEngine', () => {
  it('evaluates as a sweep does: the plan of the config, the related entities, the time given', () => {
    const engine = createReadinessEngine({
      related: portfolio(),
      now: NOW.toJSDate(),
    });
    const plan = buildCheckPlan(readReadinessConfig(new ConfigReader({})), []);
    expect(engine.checkIds).toEqual(plan.map(c => c.id));
    for (const entity of [readyComponent(), component('bare')]) {
      expect(engine.evaluate(entity)).toEqual(
        evaluateEntity(entity, indexOf(portfolio()), NO_EVIDENCE, plan, NOW),
      );
    }
    expect(engine.evaluate(component('bare')).blockers).toContain('ops.owner');
  });

  it('applies the config: a disabled check is not in the plan', () => {
    const engine = createReadinessEngine({
      related: [],
      config: new ConfigReader({
        smo: { readiness: { checks: { 'ops.runbook': { enabled: false } } } },
      }),
    });
    expect(engine.checkIds).not.toContain('ops.runbook');
    expect(engine.checkIds).toContain('ops.owner');
  });
});
