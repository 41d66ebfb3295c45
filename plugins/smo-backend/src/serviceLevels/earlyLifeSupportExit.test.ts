import { SmoApiModels } from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { Harness } from '../__testUtils__/harness';
import { unmetExitCriteria } from './earlyLifeSupportExit';

type Month = SmoApiModels.ServiceLevelMonth;

const SINCE = DateTime.fromISO('2026-10-15T00:00:00Z', { zone: 'utc' });

const breach = (incidentId: string, openedAt: string) => ({
  incidentId,
  openedAt,
  measuredMinutes: 330,
  targetMinutes: 240,
  underpinning: [],
});

const month = (name: string, over: Partial<Month['figures']> = {}): Month => ({
  month: name,
  status: 'breached',
  summary: [],
  corrections: [],
  computedAt: '2026-11-01T00:00:00Z',
  figures: { month: name, targets: [], incidentIds: [], ...over },
});

const target = (
  priority: 'P1' | 'P2',
  breaches: ReturnType<typeof breach>[],
) => ({
  priority,
  metric: 'resolution' as const,
  target: 'PT4H',
  met: 0,
  breached: breaches.length,
  pending: 0,
  attainment: 0,
  breaches,
});

const report = (
  agreements: SmoApiModels.ServiceLevelAgreementReport[],
  measured = true,
): SmoApiModels.ServiceLevelReport => ({
  entityRef: 'component:default/checkout',
  from: '2026-10',
  to: '2026-11',
  measured,
  agreements,
});

const sla = (
  months: Month[],
  type: 'sla' | 'ola' = 'sla',
): SmoApiModels.ServiceLevelAgreementReport => ({
  agreementRef: `servicelevelagreement:default/${type}-checkout`,
  type,
  serviceHours: '24x7',
  months,
});

const criteria = { noBreachOf: ['P1' as const], availabilityMet: true };

describe('unmetExitCriteria', () => {
  it('names each P1 breach opened since early-life support started and each month below the promised availability', () => {
    const october = month('2026-10', {
      targets: [
        target('P1', [
          breach('INC-1', '2026-10-03T10:00:00Z'), // before it started
          breach('INC-2', '2026-10-20T10:00:00Z'),
        ]),
        target('P2', [breach('INC-3', '2026-10-21T10:00:00Z')]), // not a criterion
      ],
      availability: {
        promised: 99.95,
        outageMinutes: 330,
        serviceMinutes: 44640,
        percent: 99.26,
        met: false,
      },
    });
    expect(
      unmetExitCriteria(report([sla([october])]), criteria, SINCE),
    ).toEqual([
      'P1 incident INC-2 missed the resolution target of SLA sla-checkout (5 h 30 min against 4 h)',
      'SLA sla-checkout was 99.26% available in October 2026, against 99.95% promised',
    ]);
    // Only what is configured counts; OLAs are the provider's own business.
    expect(
      unmetExitCriteria(
        report([sla([october])]),
        { noBreachOf: [], availabilityMet: false },
        SINCE,
      ),
    ).toEqual([]);
    expect(
      unmetExitCriteria(
        report([sla([october], 'ola'), sla([month('2026-11')])]),
        criteria,
        SINCE,
      ),
    ).toEqual([]);
  });

  it('fails closed without measurement or without an SLA', () => {
    expect(
      unmetExitCriteria(report([sla([])], false), criteria, SINCE),
    ).toEqual([
      'service levels are not measured (no incident source is configured), so the exit criteria cannot be checked',
    ]);
    expect(unmetExitCriteria(report([]), criteria, SINCE)).toEqual([
      'no SLA governs its offerings, so there are no service levels to meet',
    ]);
  });
});

describe('completing early-life support with measured exit criteria', () => {
  it('is refused while a P1 incident since its start missed its target, and allowed once the data says it was met', async () => {
    const file = join(
      mkdtempSync(join(tmpdir(), 'smo-els-')),
      'incidents.json',
    );
    writeFileSync(file, '[]');
    const { server, scheduler } = await startGatekeeperBackend([], {
      smo: {
        serviceLevels: {
          incidents: { files: [file] },
          earlyLifeSupportExit: { noBreachOf: ['P1'] },
        },
      },
    });
    const h = new Harness(server);
    const checkout = 'component:default/checkout';
    const { id, version } = await h.handoverIn('early-life-support', checkout);
    const started = DateTime.fromISO(
      (await h.get('sam', `/handovers/${id}`)).body.updatedAt,
    );

    // A P1 opened as early-life support started (a record counts once opened, and that moment has passed), resolved
    // after 5 h against gold's 4 h.
    const p1 = (hours: number) => [
      {
        id: 'ELS-1',
        entityRef: checkout,
        priority: 'P1',
        openedAt: started.toUTC().toISO(),
        respondedAt: started.plus({ minutes: 5 }).toISO(),
        resolvedAt: started.plus({ hours }).toISO(),
      },
    ];
    writeFileSync(file, JSON.stringify(p1(5)));
    await scheduler.triggerTask('smo-service-levels');
    const refused = await h.transition(
      'sam',
      id,
      'complete-early-life-support',
      version,
      'stable',
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      `Early-life support of ${checkout} cannot be completed yet: P1 incident ELS-1 missed the resolution target of SLA gold (5 h against 4 h)`,
    );
    expect((await h.get('sam', `/handovers/${id}`)).body.state).toBe(
      'early-life-support',
    );

    // The ITSM tool's record corrected: resolved within 3 h.
    writeFileSync(file, JSON.stringify(p1(3)));
    await scheduler.triggerTask('smo-service-levels');
    const completed = await h.transition(
      'sam',
      id,
      'complete-early-life-support',
      version,
      'stable',
    );
    expect(completed.status).toBe(200);
    expect(completed.body.state).toBe('operational');
  });

  it('needs nothing measured when no criteria are configured', async () => {
    const { server } = await startGatekeeperBackend();
    const h = new Harness(server);
    const { id, version } = await h.handoverIn(
      'early-life-support',
      'component:default/checkout',
    );
    const completed = await h.transition(
      'sam',
      id,
      'complete-early-life-support',
      version,
      'stable',
    );
    expect(completed.status).toBe(200);
  });
});
