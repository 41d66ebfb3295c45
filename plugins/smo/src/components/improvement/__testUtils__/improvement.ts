import {
  Campaign,
  Improvement,
  ImprovementSuggestion,
} from '@smo-backstage/plugin-smo-common';
import { CampaignDetail, SmoApi, WaiverDebtRow } from '../../../api/SmoApi';

// Campaigns, improvements, suggestions and waiver debt as the backend returns them (issue 18's contract).

export const techdocsCampaign: Campaign = {
  id: 'techdocs-2026',
  title: 'TechDocs everywhere',
  description: 'Every production component documents itself in TechDocs.',
  ownerRef: 'group:default/smo',
  target: { checks: ['docs.techdocs'], verdict: false },
  severity: 'blocking',
  scope: {
    offerings: ['serviceoffering:default/online-checkout'],
    tiers: ['tier-1', 'tier-2'],
  },
  start: '2026-11-01',
  deadlines: {
    'tier-1': '2026-11-15',
    'tier-2': '2026-12-15',
    'tier-3': '2026-12-15',
    'tier-4': '2026-12-15',
  },
  reminderDays: 14,
  status: 'enforcing',
  progress: { inScope: 10, met: 5, waived: 2, open: 3, missed: 1 },
};

export const readyCampaign: Campaign = {
  ...techdocsCampaign,
  id: 'ready-2027',
  title: 'Ready by spring',
  description: undefined,
  target: { checks: [], verdict: true },
  scope: {},
  start: '2027-01-01',
  deadlines: {
    'tier-1': '2027-03-31',
    'tier-2': '2027-03-31',
    'tier-3': '2027-03-31',
    'tier-4': '2027-03-31',
  },
  status: 'scheduled',
  progress: { inScope: 4, met: 0, waived: 0, open: 4, missed: 0 },
};

export const techdocsDetail: CampaignDetail = {
  campaign: techdocsCampaign,
  teams: [
    {
      ownerRef: 'group:default/team-checkout',
      inScope: 6,
      met: 2,
      waived: 1,
      open: 3,
      missed: 1,
    },
    { ownerRef: '', inScope: 4, met: 3, waived: 1, open: 0, missed: 0 },
  ],
  burnUp: [
    { date: '2026-11-01', inScope: 10, met: 1, waived: 0 },
    { date: '2026-11-15', inScope: 10, met: 3, waived: 1 },
    { date: '2026-11-30', inScope: 10, met: 5, waived: 2 },
  ],
  teamBurnUp: [
    {
      ownerRef: 'group:default/team-checkout',
      points: [
        { date: '2026-11-01', inScope: 6, met: 0, waived: 0 },
        { date: '2026-11-30', inScope: 6, met: 2, waived: 1 },
      ],
    },
  ],
};

export const improvement = (overrides: Partial<Improvement> = {}) =>
  ({
    id: 'imp-1',
    title: 'Write the checkout runbook',
    entityRef: 'component:default/checkout',
    problem: 'On-call has no runbook for checkout',
    goal: { type: 'check', checkId: 'ops.runbook' },
    goalText: 'ops.runbook passes',
    ownerRef: 'group:default/team-checkout',
    dueDate: '2026-12-31',
    status: 'proposed',
    source: { type: 'manual' },
    evidence: [],
    createdBy: 'user:default/ann',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    version: 1,
    ...overrides,
  } as Improvement);

export const breachSuggestion: ImprovementSuggestion = {
  key: 'breached-month:servicelevelagreement:default/checkout-gold:2026-10',
  source: 'breached-month',
  occurredAt: '2026-10',
  reason: 'checkout-gold breached availability in October 2026 (99.2% < 99.9%)',
  proposal: {
    title: 'Bring checkout availability back to 99.9%',
    entityRef: 'serviceoffering:default/online-checkout',
    problem: 'Availability was 99.2% in October 2026',
    goal: {
      type: 'service-level',
      agreementRef: 'servicelevelagreement:default/checkout-gold',
      metric: 'availability',
      target: 99.9,
    },
    ownerRef: 'group:default/team-checkout',
    dueDate: '2027-01-31',
    suggestionKey:
      'breached-month:servicelevelagreement:default/checkout-gold:2026-10',
  },
};

export const debtByTeam: WaiverDebtRow[] = [
  {
    ref: 'group:default/team-checkout',
    waivers: 4,
    oldestDays: 120,
    averageDays: 45.6,
    renewals: 2,
    score: 81.4,
    scoreWithoutWaivers: 63.2,
  },
];

export const debtByOffering: WaiverDebtRow[] = [
  {
    ref: 'serviceoffering:default/online-checkout',
    waivers: 3,
    oldestDays: 90,
    averageDays: 30,
    renewals: 1,
    score: 78,
    scoreWithoutWaivers: 70,
  },
];

/** The reads of the SMO page's improvement sections when nothing is configured or raised yet. */
export const emptyImprovement: Partial<SmoApi> = {
  listCampaigns: async () => [],
  listImprovements: async () => ({ totalCount: 0, items: [] }),
  listImprovementSuggestions: async () => [],
  getWaiverDebt: async () => ({ totalCount: 0, items: [] }),
};
