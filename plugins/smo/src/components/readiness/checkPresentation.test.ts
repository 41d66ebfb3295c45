import { CheckResult } from '@smo-backstage/plugin-smo-common';
import {
  blockerChecks,
  categoryTitle,
  compareCategories,
  groupChecksByCategory,
} from './checkPresentation';

const check = (
  id: string,
  category: string,
  status: CheckResult['status'],
  severity: CheckResult['severity'] = 'blocking',
): CheckResult => ({
  id,
  title: id,
  category,
  status,
  severity,
  message: `${id} message`,
  weight: 1,
  howToFix: `fix ${id}`,
});

describe('groupChecksByCategory', () => {
  it('orders built-in categories the ITIL way and custom ones after them', () => {
    const groups = groupChecksByCategory([
      check('zeta.x', 'zeta', 'pass'),
      check('ops.runbook', 'operations', 'pass'),
      check('alpha.x', 'alpha-area', 'pass'),
      check('offering.catalogued', 'service-catalogue', 'pass'),
      check('release.rollback-tested', 'release', 'pass'),
    ]);
    expect(groups.map(g => g.category)).toEqual([
      'service-catalogue',
      'operations',
      'release',
      'alpha-area',
      'zeta',
    ]);
    expect(groups.map(g => g.title)).toEqual([
      'Service catalogue',
      'Operations',
      'Release',
      'Alpha area',
      'Zeta',
    ]);
  });

  it('puts unmet blocking checks first and counts what is unmet', () => {
    const [ops] = groupChecksByCategory([
      check('ops.b-pass', 'operations', 'pass'),
      check('ops.c-na', 'operations', 'not-applicable'),
      check('ops.d-advisory-fail', 'operations', 'fail', 'advisory'),
      check('ops.e-waived', 'operations', 'waived'),
      check('ops.f-unknown', 'operations', 'unknown'),
      check('ops.a-error', 'operations', 'error'),
    ]);
    expect(ops.checks.map(c => c.id)).toEqual([
      'ops.a-error',
      'ops.f-unknown',
      'ops.d-advisory-fail',
      'ops.e-waived',
      'ops.b-pass',
      'ops.c-na',
    ]);
    expect(ops.unmet).toBe(3);
  });

  it('returns nothing for no checks', () => {
    expect(groupChecksByCategory([])).toEqual([]);
  });
});

describe('blockerChecks', () => {
  it('follows the order of the blocker ids and skips unknown ids', () => {
    const checks = [
      check('ops.runbook', 'operations', 'fail'),
      check('continuity.recovery-objectives', 'continuity', 'unknown'),
    ];
    expect(
      blockerChecks(checks, [
        'continuity.recovery-objectives',
        'gone',
        'ops.runbook',
      ]).map(c => c.id),
    ).toEqual(['continuity.recovery-objectives', 'ops.runbook']);
  });
});

describe('categories', () => {
  it('title-cases custom categories', () => {
    expect(categoryTitle('process-ownership')).toBe('Process ownership');
    expect(categoryTitle('data_privacy')).toBe('Data privacy');
  });

  it('sorts unknown categories alphabetically after the built-in ones', () => {
    expect(['b', 'security', 'a', 'knowledge'].sort(compareCategories)).toEqual(
      ['knowledge', 'security', 'a', 'b'],
    );
  });
});
