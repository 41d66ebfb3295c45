import fc from 'fast-check';
import { CheckResult, CheckStatus } from '@smo-backstage/plugin-smo-common';
import { computeScore, findBlockers, verdictOf } from './score';

const STATUSES: CheckStatus[] = [
  'pass',
  'fail',
  'not-applicable',
  'unknown',
  'error',
  'waived',
];

const checkArb = fc.record({
  id: fc.string(),
  status: fc.constantFrom(...STATUSES),
  severity: fc.constantFrom('blocking' as const, 'advisory' as const),
  weight: fc.integer({ min: 1, max: 5 }),
});

const toResults = (
  checks: {
    id: string;
    status: CheckStatus;
    severity: 'blocking' | 'advisory';
    weight: number;
  }[],
) =>
  checks.map(
    c =>
      ({
        ...c,
        title: c.id,
        category: 'operations',
        message: '',
        howToFix: '',
      } as CheckResult),
  );

describe('score and verdict (properties)', () => {
  const runs = { seed: 42, numRuns: 1000 };
  const blocking = (c: { severity: string; status: CheckStatus }) =>
    c.severity === 'blocking' &&
    ['fail', 'unknown', 'error'].includes(c.status);

  it('score is an integer within 0..100', () => {
    fc.assert(
      fc.property(fc.array(checkArb, { maxLength: 30 }), checks => {
        const score = computeScore(toResults(checks));
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
      runs,
    );
  });

  it('verdict is ready exactly when no blocking check is fail, unknown or error', () => {
    fc.assert(
      fc.property(fc.array(checkArb, { maxLength: 30 }), checks => {
        const blockers = findBlockers(toResults(checks));
        expect(blockers).toEqual(checks.filter(blocking).map(c => c.id));
        expect(verdictOf(blockers)).toBe(
          checks.some(blocking) ? 'not-ready' : 'ready',
        );
      }),
      runs,
    );
  });

  it('waiving a failing check never lowers the score', () => {
    fc.assert(
      fc.property(
        fc.array(checkArb, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (checks, i) => {
          const results = toResults(checks);
          const target = i % results.length;
          const waived = results.map((c, j) =>
            j === target && c.status === 'fail'
              ? { ...c, status: 'waived' as const }
              : c,
          );
          expect(computeScore(waived)).toBeGreaterThanOrEqual(
            computeScore(results),
          );
        },
      ),
      runs,
    );
  });

  it('weights passing checks by their weight', () => {
    const results = toResults([
      { id: 'a', status: 'pass', severity: 'blocking', weight: 3 },
      { id: 'b', status: 'fail', severity: 'advisory', weight: 1 },
      { id: 'c', status: 'not-applicable', severity: 'blocking', weight: 5 },
    ]);
    expect(computeScore(results)).toBe(75);
  });
});
