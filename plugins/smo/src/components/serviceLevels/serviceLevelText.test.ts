import { DateTime } from 'luxon';
import { attainmentGrid, describeGrid } from './attainmentGrid';
import { checkoutAgreement, offeringReport } from './__testUtils__/report';
import {
  closedMonths,
  lastClosedMonth,
  serviceLevelCsv,
  serviceLevelCsvName,
} from './serviceLevelText';

describe('months', () => {
  it('names the last closed month and the closed months before it, newest first', () => {
    const now = DateTime.fromISO('2026-01-15T10:00:00Z');
    expect(lastClosedMonth(now)).toBe('2025-12');
    expect(closedMonths(now, 3)).toEqual(['2025-12', '2025-11', '2025-10']);
  });
});

describe('attainmentGrid', () => {
  it('has a row per target and one for availability, a cell per month, toned by what happened', () => {
    const grid = attainmentGrid(checkoutAgreement);
    expect(grid.months).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(
      grid.rows.map(r => [r.label, ...r.cells.map(c => `${c.tone} ${c.text}`)]),
    ).toEqual([
      ['P1 response', 'ok 100%', 'ok 100%', 'ok 100%'],
      ['P1 resolution', 'error 0%', 'ok 100%', 'warning –'],
      ['Availability', 'error 99.23%', 'ok 100%', 'none –'],
    ]);
    expect(grid.rows[1].cells[0].title).toBe(
      'P1 resolution, September 2026: 0 of 1 in time',
    );
    expect(describeGrid(grid)).toBe(
      'September 2026 to November 2026: targets missed in September 2026.',
    );
  });
});

describe('serviceLevelCsv', () => {
  it('has one line per agreement and month, newest first, in business terms', () => {
    const lines = serviceLevelCsv(offeringReport).split('\r\n');
    expect(lines[0]).toBe(
      'month,agreement,agreementTitle,status,availabilityPercent,availabilityPromised,outageMinutes,incidentsLate,incidents,summary,frozen',
    );
    expect(lines.slice(1, 4).map(l => l.split(',')[0])).toEqual([
      '2026-11',
      '2026-10',
      '2026-09',
    ]);
    expect(lines[3]).toBe(
      '2026-09,servicelevelagreement:default/sla-online-checkout,Online Checkout SLA,breached,99.23,99.95,330,1,1,99.23% available against 99.95% promised (5 h 30 min of outage); the P1 incident resolved late; every other target met,yes',
    );
    expect(
      serviceLevelCsvName(
        offeringReport.entityRef,
        new Date('2026-11-30T12:00:00Z'),
      ),
    ).toBe('service-levels-online-checkout-2026-11-30.csv');
  });
});
