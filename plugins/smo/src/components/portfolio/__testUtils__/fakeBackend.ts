import { CheckDefinition } from '@smo-backstage/plugin-smo-common';
import {
  ReadinessListQuery,
  ReadinessSummary,
  SmoApi,
} from '../../../api/SmoApi';
import { row } from './rows';

/** A slice of the Northwind demo portfolio. */
export const portfolioRows: ReadinessSummary[] = [
  row('loyalty-api', {
    title: 'Loyalty API',
    score: 92,
    offerings: ['serviceoffering:default/loyalty-programme'],
    ownerRef: 'group:default/team-loyalty',
    systemRef: 'system:default/loyalty',
  }),
  row('fraud-screening', {
    title: 'Fraud Screening',
    tier: 'tier-1',
    verdict: 'not-ready',
    score: 54,
    blockers: ['ops.runbook', 'continuity.recovery-objectives'],
    offerings: ['serviceoffering:default/online-payments'],
    ownerRef: 'group:default/team-payments',
    systemRef: 'system:default/payments',
  }),
  row('payments-gateway', {
    title: 'Payments Gateway',
    tier: 'tier-1',
    score: 100,
    offerings: ['serviceoffering:default/online-payments'],
    ownerRef: 'group:default/team-payments',
    systemRef: 'system:default/payments',
  }),
  row('product-search', {
    title: 'Product Search',
    tier: 'tier-2',
    verdict: 'not-ready',
    score: 40,
    blockers: ['ops.owner'],
    offerings: ['serviceoffering:default/online-shop'],
    ownerRef: 'group:default/team-search',
    systemRef: 'system:default/storefront',
  }),
];

export const checkDefinitions = [
  ['ops.runbook', 'Runbook linked', 'operations'],
  ['ops.owner', 'Owner group exists', 'operations'],
  ['continuity.recovery-objectives', 'Recovery objectives set', 'continuity'],
].map(
  ([id, title, category]): CheckDefinition => ({
    id,
    title,
    category,
    howToFix: '',
    severity: {
      'tier-1': 'blocking',
      'tier-2': 'blocking',
      'tier-3': 'blocking',
      'tier-4': 'blocking',
    },
    weight: 1,
    source: 'builtin',
  }),
);

/** `GET /readiness` over `rows`: filters, sorts and pages like the backend does. */
export function listReadinessOver(
  rows: ReadinessSummary[],
): SmoApi['listReadiness'] {
  return async (query: ReadinessListQuery = {}) => {
    const matching = rows
      .filter(
        r =>
          (!query.owner || r.ownerRef === query.owner) &&
          (!query.system || r.systemRef === query.system) &&
          (!query.offering || r.offerings.includes(query.offering)) &&
          (!query.verdict || r.verdict === query.verdict) &&
          (!query.tier || r.tier === query.tier) &&
          (query.minScore === undefined || r.score >= query.minScore) &&
          (query.maxScore === undefined || r.score <= query.maxScore),
      )
      .sort((a, b) => {
        const order = query.order === 'desc' ? -1 : 1;
        return query.sort === 'entityRef'
          ? order * a.entityRef.localeCompare(b.entityRef)
          : order * (a.score - b.score);
      });
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 50;
    return {
      totalCount: matching.length,
      offset,
      limit,
      items: matching.slice(offset, offset + limit),
    };
  };
}
