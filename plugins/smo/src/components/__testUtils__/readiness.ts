import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import { checkResult as check } from '@smo-backstage/plugin-smo-common/testUtils';
import { ReadinessHistory } from '../../api/SmoApi';

// Results shaped like the demo's Northwind examples, as the backend returns them.

const onCall = check({
  id: 'ops.on-call',
  title: 'On-call is set up',
  category: 'operations',
  status: 'pass',
  message: 'pagerduty.com/service-id is set',
});

export const readyResult: ReadinessResult = {
  entityRef: 'component:default/loyalty-api',
  tier: 'tier-3',
  tierSource: {
    type: 'offering',
    entityRef: 'serviceoffering:default/loyalty-programme',
  },
  verdict: 'ready',
  score: 88,
  evaluatedAt: '2026-11-23T11:55:00.000Z',
  checks: [
    check({
      id: 'offering.catalogued',
      title: 'Delivers a service offering',
      category: 'service-catalogue',
      status: 'pass',
      message: 'Delivers loyalty-programme (live)',
    }),
    onCall,
    check({
      id: 'docs.techdocs',
      title: 'Has TechDocs',
      category: 'knowledge',
      status: 'fail',
      severity: 'advisory',
      message: 'No backstage.io/techdocs-ref annotation',
      howToFix: 'Add the backstage.io/techdocs-ref annotation',
    }),
    check({
      id: 'security.review',
      title: 'Security review',
      category: 'security',
      status: 'waived',
      message: 'No security-review attestation; waived until 2027-01-31',
    }),
    check({
      id: 'release.rollback-tested',
      title: 'Rollback tested',
      category: 'release',
      status: 'not-applicable',
      severity: 'advisory',
      message: 'Not a deployable service',
    }),
  ],
  blockers: [],
  basis: {
    offerings: ['serviceoffering:default/loyalty-programme'],
    agreements: ['servicelevelagreement:default/sla-loyalty'],
    processOwners: ['processowner:default/incident-management'],
  },
};

export const notReadyResult: ReadinessResult = {
  entityRef: 'component:default/fraud-screening',
  tier: 'tier-1',
  tierSource: {
    type: 'offering',
    entityRef: 'serviceoffering:default/online-payments',
  },
  verdict: 'not-ready',
  score: 54,
  evaluatedAt: '2026-11-23T11:00:00.000Z',
  checks: [
    onCall,
    check({
      id: 'ops.runbook',
      title: 'Runbook linked',
      category: 'operations',
      status: 'fail',
      message:
        'No link of type runbook and no smo.backstage.io/runbook annotation',
      howToFix: 'Add a link with type: runbook to the component',
    }),
    check({
      id: 'continuity.recovery-objectives',
      title: 'Recovery objectives set',
      category: 'continuity',
      status: 'unknown',
      message: 'smo.backstage.io/rto is missing',
      howToFix:
        'Annotate smo.backstage.io/rto and smo.backstage.io/rpo with ISO-8601 durations',
    }),
    check({
      id: 'security.review',
      title: 'Security review',
      category: 'security',
      status: 'error',
      message: 'Attestation store unavailable',
      howToFix: 'Record a security-review attestation',
    }),
    check({
      id: 'northwind.no-major-incident',
      title: 'No open major incident',
      category: 'operations',
      status: 'fail',
      message: 'INC-2041 is open (P1)',
      howToFix: 'Resolve or downgrade the major incident',
    }),
  ],
  blockers: [
    'ops.runbook',
    'continuity.recovery-objectives',
    'security.review',
    'northwind.no-major-incident',
  ],
  basis: {
    offerings: ['serviceoffering:default/online-payments'],
    agreements: [],
    processOwners: [],
  },
};

export const history: ReadinessHistory = {
  entityRef: 'component:default/fraud-screening',
  items: [
    {
      tier: 'tier-1',
      verdict: 'not-ready',
      score: 30,
      recordedAt: '2026-11-01T09:00:00.000Z',
    },
    {
      tier: 'tier-1',
      verdict: 'not-ready',
      score: 54,
      recordedAt: '2026-11-20T09:00:00.000Z',
    },
  ],
};
