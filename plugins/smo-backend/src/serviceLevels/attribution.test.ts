import { IncidentRecord } from '@smo-backstage/plugin-smo-common';
import { component } from '@smo-backstage/plugin-smo-common/testUtils';
import { DateTime } from 'luxon';
import {
  agreement,
  indexOf,
  portfolio,
  readyComponent,
} from '../__testUtils__/fixtures';
import { agreementsOfIncident, inForceAt, inForceDuring } from './attribution';
import { underpinningAgreements } from '../catalog/agreements';

// The shared portfolio: component checkout (team-a) delivers online-checkout, governed by the SLA gold (in force
// 2026-01-01 – 2027-12-31), which the OLA ola-db underpins.
const incident = (
  entityRef: string,
  openedAt = '2026-06-01T10:00:00.000Z',
): IncidentRecord => ({ id: 'INC1', entityRef, priority: 'P1', openedAt });

describe('agreementsOfIncident', () => {
  it("counts a component's incident against the agreements of the offerings it delivers and confirms", () => {
    const counted = agreementsOfIncident(
      incident('component:default/checkout'),
      indexOf(portfolio()),
      readyComponent(),
    );
    expect(counted.map(a => [a.key, a.offeringKey])).toEqual([
      [
        'servicelevelagreement:default/gold',
        'serviceoffering:default/online-checkout',
      ],
    ]);
  });

  it("counts an offering's own incident against its agreements", () => {
    expect(
      agreementsOfIncident(
        incident('serviceoffering:default/online-checkout'),
        indexOf(portfolio()),
        undefined,
      ).map(a => a.key),
    ).toEqual(['servicelevelagreement:default/gold']);
  });

  it('counts nothing through an offering claim the component does not confirm', () => {
    const stranger = component(
      'checkout',
      { owner: 'team-z' },
      {
        relations: [
          {
            type: 'delivers',
            targetRef: 'serviceoffering:default/online-checkout',
          },
        ],
      },
    );
    expect(
      agreementsOfIncident(
        incident('component:default/checkout'),
        indexOf(portfolio()),
        stranger,
      ),
    ).toEqual([]);
  });

  it('counts an agreement only when it was in force when the incident was opened', () => {
    const index = indexOf(portfolio());
    const before = incident(
      'component:default/checkout',
      '2025-12-31T23:59:00.000Z',
    );
    expect(agreementsOfIncident(before, index, readyComponent())).toEqual([]);
    const inWindow = incident(
      'component:default/checkout',
      '2026-01-01T00:00:00.000Z',
    );
    expect(
      agreementsOfIncident(inWindow, index, readyComponent()),
    ).toHaveLength(1);
  });
});

describe('inForceAt', () => {
  const at = DateTime.fromISO('2026-06-01T00:00:00Z', { zone: 'utc' });
  it.each([
    ['active', true],
    ['expired', true],
    ['draft', false],
    ['retired', false],
  ] as const)('an agreement %s within its window: %p', (status, expected) => {
    const index = indexOf([agreement('gold', { status })]);
    expect(inForceAt(index, 'servicelevelagreement:default/gold', at)).toBe(
      expected,
    );
  });
});

describe('underpinningAgreements', () => {
  it('lists the OLAs and UCs under an SLA; each counts while it was in force', () => {
    const index = indexOf(portfolio());
    const [gold] = agreementsOfIncident(
      incident('component:default/checkout'),
      index,
      readyComponent(),
    );
    const [ola] = underpinningAgreements(gold.entity, index);
    expect(ola.key).toBe('servicelevelagreement:default/ola-db');
    const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
    expect(inForceAt(index, ola.key, at('2026-06-01T10:00:00Z'))).toBe(true);
    expect(inForceAt(index, ola.key, at('2028-06-01T10:00:00Z'))).toBe(false);
  });
});

describe('inForceDuring', () => {
  it('is true when the validity window and the period share a moment', () => {
    const index = indexOf(portfolio());
    const gold = 'servicelevelagreement:default/gold';
    const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
    // gold is in force 2026-01-01 – 2027-12-31.
    expect(inForceDuring(index, gold, at('2025-12-01'), at('2026-01-01'))).toBe(
      true,
    );
    expect(inForceDuring(index, gold, at('2025-11-01'), at('2025-11-30'))).toBe(
      false,
    );
    expect(
      inForceDuring(index, gold, at('2027-12-31T23:00:00'), at('2028-01-31')),
    ).toBe(true);
  });
});
