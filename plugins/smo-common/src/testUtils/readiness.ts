import { CheckResult, ReadinessResult } from '@smo-backstage/plugin-smo-common';

/**
 * A blocking check result of weight 1 with a message and a fix derived from its title and id.
 *
 * @public
 */
export const checkResult = (
  fields: Pick<CheckResult, 'id' | 'title' | 'category' | 'status'> &
    Partial<CheckResult>,
): CheckResult => ({
  severity: 'blocking',
  weight: 1,
  message: `${fields.title}: found`,
  howToFix: `Fix ${fields.id}`,
  ...fields,
});

/**
 * A ready tier-3 result of `entityRef` with no checks, blockers nor basis, evaluated 2026-11-23T12:00Z.
 *
 * @public
 */
export const readinessResult = (
  entityRef: string,
  fields: Partial<ReadinessResult> = {},
): ReadinessResult => ({
  entityRef,
  tier: 'tier-3',
  tierSource: { type: 'default' },
  verdict: 'ready',
  score: 100,
  evaluatedAt: '2026-11-23T12:00:00.000Z',
  checks: [],
  blockers: [],
  basis: { offerings: [], agreements: [], processOwners: [] },
  ...fields,
});
