import { mockServices } from '@backstage/backend-test-utils';
import {
  MeasuredAgreement,
  monthlyAttainment,
  parseServiceHours,
  ServiceLevelAgreementEntity,
} from '@smo-backstage/plugin-smo-common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { FileIncidentSource } from './FileIncidentSource';
import { readIncidents } from './readIncidents';

// The demo's year of incidents (examples/itsm/incidents.ndjson, from generate-incidents.mjs) tells the stories the
// service-level pages are to show: checked here against the example portfolio and the figures' rules.

const examples = join(__dirname, '../../../../examples');
const entities = (file: string) =>
  parseAllDocuments(readFileSync(join(examples, file), 'utf8')).map(d =>
    d.toJS(),
  );
/** An example agreement as the figures measure it, with the agreements under it. */
const agreement = (name: string, under = true): MeasuredAgreement => {
  const { spec } = entities('agreements.yaml').find(
    e => e.metadata.name === name,
  ) as ServiceLevelAgreementEntity;
  const hours = parseServiceHours(spec.serviceHours);
  if ('error' in hours) throw new Error(hours.error);
  return {
    targets: spec.targets,
    serviceHours: hours.hours,
    availability: spec.availability,
    underpinnedBy: under
      ? (spec.underpinnedBy ?? []).map(ref => ({
          ref: `servicelevelagreement:default/${ref}`,
          ...agreement(ref, false),
        }))
      : [],
  };
};
const NOW = new Date('2026-11-30T00:00:00Z');

async function demoYear() {
  return readIncidents(
    [new FileIncidentSource(join(examples, 'itsm/incidents.ndjson'))],
    {
      from: new Date('2025-12-01T00:00:00Z'),
      to: new Date('2026-12-01T00:00:00Z'),
    },
    mockServices.logger.mock(),
  );
}

describe('the demo incidents', () => {
  it('are a year of records about example components, one sloppy line skipped and counted', async () => {
    const { records, skipped, reasons } = await demoYear();
    expect(records.length).toBeGreaterThan(400);
    expect(skipped).toBe(1);
    expect(reasons[0]).toContain('priority "Sev2" is not one of P1-P4');
    const components = new Set(
      entities('components.yaml').map(
        e => `component:default/${e.metadata.name}`,
      ),
    );
    expect(records.filter(r => !components.has(r.entityRef))).toEqual([]);
    const months = new Set(records.map(r => r.openedAt.slice(0, 7)));
    expect(months.size).toBe(12);
  });

  it('September 2026: the Platform Hosting OLA missed its 2 h, and Online Checkout breached its SLA and its availability', async () => {
    const checkout = (await demoYear()).records.filter(
      r => r.entityRef === 'component:default/online-checkout-web',
    );
    const sla = agreement('sla-online-checkout');
    const september = monthlyAttainment(sla, checkout, '2026-09', NOW);
    const p1Resolution = september.targets.find(
      t => t.priority === 'P1' && t.metric === 'resolution',
    )!;
    const failover = checkout.find(r => r.summary?.includes('failed over'))!;
    expect(p1Resolution.breaches).toContainEqual({
      incidentId: failover.id,
      entityRef: 'component:default/online-checkout-web',
      openedAt: failover.openedAt,
      summary: failover.summary,
      measuredMinutes: 330,
      targetMinutes: 240,
      underpinning: [
        {
          agreementRef: 'servicelevelagreement:default/ola-platform-hosting',
          outcome: 'breached',
          measuredMinutes: 330,
          targetMinutes: 120,
        },
      ],
    });
    expect(september.availability).toMatchObject({
      promised: 99.95,
      met: false,
    });
  });

  it('October 2026: a P1 outage inside its 4 h, and two P2 incidents resolved late', async () => {
    const checkout = (await demoYear()).records.filter(
      r => r.entityRef === 'component:default/online-checkout-web',
    );
    const october = monthlyAttainment(
      agreement('sla-online-checkout'),
      checkout,
      '2026-10',
      NOW,
    );
    const target = (priority: string, metric: string) =>
      october.targets.find(
        t => t.priority === priority && t.metric === metric,
      )!;
    expect(target('P1', 'resolution').breached).toBe(0);
    const late = target('P2', 'resolution').breaches.map(
      b => checkout.find(r => r.id === b.incidentId)?.summary,
    );
    expect(late).toEqual([
      'Discount codes rejected at checkout',
      'Basket totals wrong for mixed-currency orders',
    ]);
    expect(october.availability?.outageMinutes).toBeGreaterThanOrEqual(130);
  });
});
