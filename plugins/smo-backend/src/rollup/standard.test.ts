import { severity } from '../engine/checks/types';
import { diffStandards, standardOf } from './standard';

const check = (
  id: string,
  critical = 'advisory',
  other = 'advisory',
  weight = 1,
) => ({
  id,
  severity: severity(critical as any, other as any),
  weight,
});

describe('the standard', () => {
  it('has the same fingerprint whatever the order of the checks', () => {
    const a = standardOf([check('b'), check('a')]);
    const b = standardOf([check('a'), check('b')]);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(
      standardOf([check('a', 'blocking'), check('b')]).fingerprint,
    ).not.toBe(a.fingerprint);
  });

  it('says what got stricter, heavier, added and removed', () => {
    const before = standardOf([
      check('docs.techdocs'),
      check('ops.old'),
      check('ops.runbook', 'blocking', 'advisory', 1),
    ]).checks;
    const after = standardOf([
      check('docs.techdocs', 'blocking', 'advisory'),
      check('ops.runbook', 'blocking', 'advisory', 3),
      check('ops.slo', 'blocking', 'advisory'),
    ]).checks;
    const { changes, summary } = diffStandards(before, after);
    expect(changes.map(c => [c.checkId, c.change])).toEqual([
      ['docs.techdocs', 'severity'],
      ['ops.runbook', 'weight'],
      ['ops.slo', 'added'],
      ['ops.old', 'removed'],
    ]);
    expect(summary).toBe(
      'docs.techdocs: tier-1, tier-2 advisory → blocking; ops.runbook: weight 1 → 3; ' +
        'ops.slo added (blocking for tier-1, tier-2; advisory for tier-3, tier-4); ops.old removed',
    );
  });
});
