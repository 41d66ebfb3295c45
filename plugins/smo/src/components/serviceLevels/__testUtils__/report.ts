import {
  AgreementServiceLevels,
  ServiceLevelMonth,
  ServiceLevelReport,
} from '../../../api/SmoApi';

type Target = ServiceLevelMonth['figures']['targets'][number];

const target = (
  priority: Target['priority'],
  metric: Target['metric'],
  counts: Partial<Target> = {},
): Target => ({
  priority,
  metric,
  target: metric === 'response' ? 'PT15M' : 'PT4H',
  met: 0,
  breached: 0,
  pending: 0,
  attainment: null,
  breaches: [],
  ...counts,
});

/**
 * The example offering's SLA over three months: September breached by a 5 h 30 min P1 outage the Platform Hosting OLA
 * missed its 2 h for, October met, November open with one incident inside its target.
 */
export const checkoutAgreement: AgreementServiceLevels = {
  agreementRef: 'servicelevelagreement:default/sla-online-checkout',
  title: 'Online Checkout SLA',
  type: 'sla',
  availability: 99.95,
  serviceHours: '24x7',
  months: [
    {
      month: '2026-09',
      status: 'breached',
      summary: [
        '99.23% available against 99.95% promised (5 h 30 min of outage)',
        'the P1 incident resolved late',
        'every other target met',
      ],
      figures: {
        month: '2026-09',
        targets: [
          target('P1', 'response', { met: 1, attainment: 100 }),
          target('P1', 'resolution', {
            breached: 1,
            attainment: 0,
            breaches: [
              {
                incidentId: 'INC-30473',
                entityRef: 'component:default/online-checkout-web',
                openedAt: '2026-09-22T07:05:00.000Z',
                summary: 'Checkout down: database cluster failed over',
                measuredMinutes: 330,
                targetMinutes: 240,
                underpinning: [
                  {
                    agreementRef:
                      'servicelevelagreement:default/ola-platform-hosting',
                    outcome: 'breached',
                    measuredMinutes: 330,
                    targetMinutes: 120,
                  },
                ],
              },
            ],
          }),
        ],
        availability: {
          promised: 99.95,
          outageMinutes: 330,
          serviceMinutes: 43200,
          percent: 99.23,
          met: false,
        },
        incidentIds: ['INC-30473'],
      },
      corrections: [],
      computedAt: '2026-10-04T10:00:00.000Z',
      frozenAt: '2026-10-04T10:00:00.000Z',
    },
    {
      month: '2026-10',
      status: 'met',
      summary: [
        '100% available against 99.95% promised',
        'all 3 incidents within their targets',
      ],
      figures: {
        month: '2026-10',
        targets: [
          target('P1', 'response', { met: 3, attainment: 100 }),
          target('P1', 'resolution', { met: 3, attainment: 100 }),
        ],
        availability: {
          promised: 99.95,
          outageMinutes: 0,
          serviceMinutes: 44640,
          percent: 100,
          met: true,
        },
        incidentIds: ['INC-1', 'INC-2', 'INC-3'],
      },
      corrections: [],
      computedAt: '2026-11-04T10:00:00.000Z',
      frozenAt: '2026-11-04T10:00:00.000Z',
    },
    {
      month: '2026-11',
      status: 'pending',
      summary: ['1 incident still open, inside its targets'],
      figures: {
        month: '2026-11',
        targets: [
          target('P1', 'response', { met: 1, attainment: 100 }),
          target('P1', 'resolution', { pending: 1 }),
        ],
        incidentIds: ['INC-9'],
      },
      corrections: [
        {
          month: '2026-09',
          foundAt: '2026-11-10T08:00:00.000Z',
          frozen: {
            targets: [],
            availability: 99.23,
            incidentIds: ['INC-30473'],
          },
          now: {
            targets: [],
            availability: 99.1,
            incidentIds: ['INC-30473', 'INC-30480'],
          },
        },
      ],
      computedAt: '2026-11-30T10:00:00.000Z',
    },
  ],
};

export const offeringReport: ServiceLevelReport = {
  entityRef: 'serviceoffering:default/online-checkout',
  from: '2025-12',
  to: '2026-11',
  measured: true,
  agreements: [checkoutAgreement],
};

export const agreementReport: ServiceLevelReport = {
  ...offeringReport,
  entityRef: 'servicelevelagreement:default/sla-online-checkout',
};
