import {
  ExecutiveRow,
  RollupResult,
  StandardChange,
} from '@smo-backstage/plugin-smo-common';
import { checkResult as check } from '@smo-backstage/plugin-smo-common/testUtils';
import {
  ExecutiveSummary,
  PortfolioTrend,
  RollupHistory,
} from '../../../api/SmoApi';

// Roll-ups shaped like the demo's Northwind examples, as the backend returns them.

export const CHECKOUT = 'serviceoffering:default/online-checkout';
export const PAYMENTS = 'serviceoffering:default/payment-processing';

/** Online Checkout: not ready, at risk through Payment Processing, one retired component left out. */
export const checkoutRollup: RollupResult = {
  entityRef: CHECKOUT,
  kind: 'serviceoffering',
  verdict: 'not-ready',
  atRisk: true,
  score: 71,
  tier: 'tier-1',
  offeringType: 'business',
  lifecycle: 'live',
  evaluatedAt: '2026-11-23T11:55:00.000Z',
  members: { counted: 4, ready: 3, notReady: 1, excluded: 1 },
  weakest: [
    {
      entityRef: 'component:default/fraud-screening',
      tier: 'tier-1',
      verdict: 'not-ready',
      score: 54,
      blockers: ['ops.runbook', 'continuity.rto'],
      lifecycle: 'production',
      counted: true,
    },
    {
      entityRef: 'component:default/online-checkout-web',
      tier: 'tier-1',
      verdict: 'ready',
      score: 92,
      blockers: [],
      lifecycle: 'production',
      counted: true,
    },
  ],
  excluded: [
    {
      entityRef: 'component:default/legacy-cart',
      tier: 'tier-3',
      verdict: 'not-ready',
      score: 20,
      blockers: ['ops.on-call'],
      lifecycle: 'retired',
      counted: false,
    },
  ],
  checks: [
    check({
      id: 'sla.in-force',
      title: 'An SLA is in force',
      category: 'service-level',
      status: 'pass',
      message: 'sla-online-checkout is in force',
    }),
    check({
      id: 'offering.support-group',
      title: 'Support group named',
      category: 'service-catalogue',
      status: 'fail',
      message: 'No smo.backstage.io/support-group',
      howToFix: 'Name the support group in spec.supportGroup',
    }),
  ],
  blockers: ['offering.support-group'],
  dependencyRisks: [{ path: [CHECKOUT, PAYMENTS], verdict: 'not-ready' }],
  acceptedRisk: {
    waivers: 2,
    waivedComponents: 1,
    checks: ['docs.techdocs', 'ops.runbook'],
  },
};

/** A system whose every component is ready, nothing at risk. */
export const readySystemRollup: RollupResult = {
  entityRef: 'system:default/storefront',
  kind: 'system',
  verdict: 'ready',
  atRisk: false,
  score: 90,
  evaluatedAt: '2026-11-23T11:55:00.000Z',
  members: { counted: 2, ready: 2, notReady: 0, excluded: 0 },
  weakest: [],
  excluded: [],
  checks: [],
  blockers: [],
  dependencyRisks: [],
  acceptedRisk: { waivers: 0, waivedComponents: 0, checks: [] },
};

export const techdocsBlocking: StandardChange = {
  recordedAt: '2026-10-15T08:00:00.000Z',
  summary: '1 check changed',
  changes: [
    {
      checkId: 'docs.techdocs',
      change: 'severity',
      description: 'docs.techdocs: tier-2 advisory → blocking',
    },
  ],
};

export const checkoutHistory: RollupHistory = {
  entityRef: CHECKOUT,
  items: [
    {
      verdict: 'ready',
      atRisk: false,
      score: 84,
      ready: 4,
      counted: 4,
      recordedAt: '2026-10-01T10:00:00.000Z',
    },
    {
      verdict: 'not-ready',
      atRisk: true,
      score: 71,
      ready: 3,
      counted: 4,
      recordedAt: '2026-10-15T08:10:00.000Z',
    },
  ],
};

export const trendByOffering: PortfolioTrend = {
  by: 'offering',
  from: '2026-10-01',
  to: '2026-10-31',
  totalCount: 2,
  offset: 0,
  limit: 8,
  series: [
    {
      key: CHECKOUT,
      title: 'Online Checkout',
      points: [
        { date: '2026-10-01', score: 84, ready: 4, total: 4 },
        { date: '2026-10-15', score: 71, ready: 3, total: 4 },
        { date: '2026-10-31', score: 71, ready: 3, total: 4 },
      ],
    },
    {
      key: PAYMENTS,
      points: [
        { date: '2026-10-01', score: 60, ready: 1, total: 2 },
        { date: '2026-10-31', score: 65, ready: 1, total: 2 },
      ],
    },
  ],
  standardChanges: [techdocsBlocking],
};

export const checkoutRow: ExecutiveRow = {
  offeringRef: CHECKOUT,
  title: 'Online Checkout',
  tier: 'tier-1',
  lifecycle: 'live',
  verdict: 'not-ready',
  atRisk: true,
  score: 71,
  previous: { verdict: 'ready', score: 84 },
  movement: 'worse',
  serviceLevel: {
    status: 'breached',
    summary: ['99.69% available against 99.95% promised'],
  },
  acceptedRisk: { waivers: 2, checks: ['docs.techdocs', 'ops.runbook'] },
  notReady: ['component:default/fraud-screening'],
  dependencyRisks: [{ path: [CHECKOUT, PAYMENTS], verdict: 'not-ready' }],
};

export const loyaltyRow: ExecutiveRow = {
  offeringRef: 'serviceoffering:default/loyalty-programme',
  title: 'Loyalty Programme',
  tier: 'tier-3',
  verdict: 'ready',
  atRisk: false,
  score: 80,
  previous: { verdict: 'ready', score: 62 },
  movement: 'better',
  acceptedRisk: { waivers: 0, checks: [] },
  notReady: [],
  dependencyRisks: [],
};

export const executiveSummary = (
  items: ExecutiveRow[] = [checkoutRow, loyaltyRow],
  page: { totalCount?: number; offset?: number; limit?: number } = {},
): ExecutiveSummary => ({
  month: '2026-10',
  comparedWith: '2026-10-31T23:59:59.999Z',
  totalCount: page.totalCount ?? items.length,
  offset: page.offset ?? 0,
  limit: page.limit ?? 20,
  items,
});
