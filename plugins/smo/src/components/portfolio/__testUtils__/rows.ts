import { ReadinessSummary } from '../../../api/SmoApi';

/** A portfolio row with sensible defaults. */
export const row = (
  name: string,
  fields: Partial<ReadinessSummary> = {},
): ReadinessSummary => ({
  entityRef: `component:default/${name}`,
  tier: 'tier-3',
  verdict: 'ready',
  score: 100,
  blockers: [],
  offerings: [],
  ownerRef: 'group:default/team-a',
  systemRef: 'system:default/shop',
  evaluatedAt: '2026-11-23T10:00:00.000Z',
  ...fields,
});
