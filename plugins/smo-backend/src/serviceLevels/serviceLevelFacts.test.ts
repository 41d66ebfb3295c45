import { DateTime } from 'luxon';
import { ServiceLevelStore } from '../store/ServiceLevelStore';
import { serviceLevelFacts } from './serviceLevelFacts';
import { component } from '@smo-backstage/plugin-smo-common/testUtils';

const NOW = DateTime.fromISO('2026-11-02T08:00:00Z', { zone: 'utc' });
const figures = {
  month: '2026-10',
  targets: [
    {
      priority: 'P1' as const,
      metric: 'resolution' as const,
      target: 'PT4H',
      met: 2,
      breached: 0,
      pending: 0,
      attainment: 100,
      breaches: [],
    },
  ],
  incidentIds: ['A', 'B'],
};

describe('serviceLevelFacts', () => {
  it("gives every entity the last closed month's result per agreement", async () => {
    const month = jest.fn(async () => [
      {
        agreementRef: 'servicelevelagreement:default/gold',
        month: '2026-10',
        figures,
        corrections: [],
        computedAt: NOW.toISO()!,
      },
    ]);
    const provider = serviceLevelFacts(
      { month } as unknown as ServiceLevelStore,
      () => NOW,
    );
    const facts = await provider.retrieve([component('a'), component('b')]);
    expect(month).toHaveBeenCalledWith('2026-10');
    expect(facts.get('Component:default/a')).toEqual({
      month: '2026-10',
      agreements: {
        'servicelevelagreement:default/gold': {
          status: 'met',
          summary: ['all 2 incidents within their targets'],
        },
      },
    });
    expect(facts.get('Component:default/b')).toBe(
      facts.get('Component:default/a'),
    );
  });

  it('gives the reason when the figures cannot be read, so the check says unknown', async () => {
    const provider = serviceLevelFacts(
      {
        month: async () => {
          throw new Error('database is locked');
        },
      } as unknown as ServiceLevelStore,
      () => NOW,
    );
    const facts = await provider.retrieve([component('a')]);
    expect(facts.get('Component:default/a')).toEqual({
      error: 'database is locked',
    });
  });
});
