import {
  IncidentRecord,
  lastClosedMonth,
  MeasuredAgreement,
  monthlyAttainment,
  parseIncidentRecord,
  parseServiceHours,
  ServiceLevelAgreementEntity,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { demoIncidentYear } from './demoIncidentYear';

// The demo's year of incidents tells the stories the service-level pages and the improvement e2e show, whenever the
// demo starts: checked here against the example portfolio and the figures' rules, for several starting months.

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

/** The year as the service levels read it: each record checked, the bad ones skipped with their reason. */
function demoYear(now: DateTime) {
  const records: IncidentRecord[] = [];
  const skipped: string[] = [];
  for (const raw of demoIncidentYear(now)) {
    const parsed = parseIncidentRecord(raw);
    if ('record' in parsed) records.push(parsed.record);
    else skipped.push(parsed.reason);
  }
  return { records, skipped };
}
const checkout = (records: IncidentRecord[]) =>
  records.filter(r => r.entityRef === 'component:default/online-checkout-web');
const monthBack = (now: DateTime, months: number) =>
  now.toUTC().startOf('month').minus({ months }).toFormat('yyyy-MM');

describe.each([
  '2026-12-01T00:00:00Z',
  '2027-01-01T08:00:00Z',
  '2027-03-31T23:59:00Z',
  '2028-02-29T12:00:00Z',
])('the demo incidents, started at %s', start => {
  const now = DateTime.fromISO(start, { zone: 'utc' });
  const { records, skipped } = demoYear(now);

  it('are the twelve months before the running one, about example components, one sloppy line skipped', () => {
    expect(records.length).toBeGreaterThan(400);
    expect(skipped).toEqual([
      expect.stringContaining('priority "Sev2" is not one of P1-P4'),
    ]);
    const components = new Set(
      entities('components.yaml').map(
        e => `component:default/${e.metadata.name}`,
      ),
    );
    expect(records.filter(r => !components.has(r.entityRef))).toEqual([]);
    const months = new Set(
      records.map(r =>
        DateTime.fromISO(r.openedAt).toUTC().toFormat('yyyy-MM'),
      ),
    );
    expect([...months].sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => monthBack(now, 12 - i)),
    );
    expect(
      records.filter(r => Date.parse(r.openedAt) >= now.toMillis()),
    ).toEqual([]);
  });

  it('3 months back: the Platform Hosting OLA missed its 2 h, and Online Checkout breached its SLA and its availability', () => {
    const incidents = checkout(records);
    const figures = monthlyAttainment(
      agreement('sla-online-checkout'),
      incidents,
      monthBack(now, 3),
      now.toJSDate(),
    );
    const failover = incidents.find(r => r.summary?.includes('failed over'))!;
    const p1Resolution = figures.targets.find(
      t => t.priority === 'P1' && t.metric === 'resolution',
    )!;
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
    expect(figures.availability).toMatchObject({ promised: 99.95, met: false });
  });

  it('2 months back: a P1 outage inside its 4 h, and two P2 incidents resolved late', () => {
    const incidents = checkout(records);
    const figures = monthlyAttainment(
      agreement('sla-online-checkout'),
      incidents,
      monthBack(now, 2),
      now.toJSDate(),
    );
    const target = (priority: string, metric: string) =>
      figures.targets.find(
        t => t.priority === priority && t.metric === metric,
      )!;
    expect(target('P1', 'resolution').breached).toBe(0);
    expect(
      target('P2', 'resolution').breaches.map(
        b => incidents.find(r => r.id === b.incidentId)?.summary,
      ),
    ).toEqual([
      'Discount codes rejected at checkout',
      'Basket totals wrong for mixed-currency orders',
    ]);
    expect(figures.availability?.outageMinutes).toBeGreaterThanOrEqual(130);
  });

  it('the last closed month: a P1 outage inside its 4 h that still breaks the 99.95% availability', () => {
    const figures = monthlyAttainment(
      agreement('sla-online-checkout'),
      checkout(records),
      lastClosedMonth(now),
      now.toJSDate(),
    );
    expect(
      figures.targets.find(
        t => t.priority === 'P1' && t.metric === 'resolution',
      )?.breached,
    ).toBe(0);
    expect(figures.availability).toMatchObject({ promised: 99.95, met: false });
  });

  it('are the same for the same month, whenever in it the demo starts', () => {
    expect(demoIncidentYear(now.toUTC().startOf('month'))).toEqual(
      demoIncidentYear(now),
    );
  });
});
