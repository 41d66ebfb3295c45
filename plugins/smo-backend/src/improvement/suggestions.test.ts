import { mockCredentials } from '@backstage/backend-test-utils';
import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { CatalogReader } from '../catalog/CatalogReader';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { Gatekeeper } from '../store/Gatekeeper';
import { migrationsDir } from '../store/migrations';
import { ReadinessStore } from '../store/ReadinessStore';
import { ServiceLevelStore } from '../store/ServiceLevelStore';
import {
  findSuggestions,
  MissedCampaignMember,
  sourceOfKey,
  SuggestionSources,
} from './suggestions';

const databases = createTestDatabases();
const NOW = DateTime.fromISO('2026-11-23T12:00:00Z', { zone: 'utc' });

describe('suggestions from missed campaigns (the campaigns port)', () => {
  it('suggests the first failing check of each component that missed a deadline, newest deadline first', async () => {
    const db = await databases.init('SQLITE_3');
    await db.migrate.latest({ directory: migrationsDir });
    const missed: MissedCampaignMember[] = [
      {
        campaignId: 'docs-2026',
        title: 'TechDocs everywhere',
        entityRef: 'component:default/a',
        ownerRef: 'group:default/team-a',
        deadline: '2026-10-01T00:00:00Z',
        failing: ['docs.techdocs', 'ops.runbook'],
      },
      {
        campaignId: 'runbooks',
        title: 'Runbooks',
        entityRef: 'component:default/b',
        ownerRef: 'group:default/team-b',
        deadline: '2026-11-01T00:00:00Z',
        failing: ['ops.runbook'],
      },
      // Nothing fails any more, or nobody owns it: nothing to suggest.
      {
        campaignId: 'runbooks',
        title: 'Runbooks',
        entityRef: 'component:default/c',
        ownerRef: 'group:default/team-c',
        deadline: '2026-11-01T00:00:00Z',
        failing: [],
      },
      {
        campaignId: 'runbooks',
        title: 'Runbooks',
        entityRef: 'component:default/d',
        deadline: '2026-11-01T00:00:00Z',
        failing: ['ops.runbook'],
      },
    ];
    const suggestions = await findSuggestions(
      {
        reader: {} as CatalogReader,
        serviceLevels: ServiceLevelStore.create(db),
        gatekeeper: Gatekeeper.create(db).stores,
        results: ReadinessStore.create(db),
        missedCampaigns: async () => missed,
      },
      NOW,
      mockCredentials.user(),
      'missed-campaign',
    );
    expect(suggestions.map(s => s.key)).toEqual([
      'missed-campaign:runbooks:component:default/b',
      'missed-campaign:docs-2026:component:default/a',
    ]);
    expect(suggestions[1]).toMatchObject({
      source: 'missed-campaign',
      occurredAt: '2026-10-01T00:00:00Z',
      proposal: {
        entityRef: 'component:default/a',
        ownerRef: 'group:default/team-a',
        goal: { type: 'check', checkId: 'docs.techdocs' },
        dueDate: '2026-12-23',
        suggestionKey: 'missed-campaign:docs-2026:component:default/a',
      },
    });
    expect(sourceOfKey(suggestions[0].key)).toBe('missed-campaign');
    expect(sourceOfKey('nothing:x')).toBe(undefined);
    await db.destroy();
  });

  it('reads the stored results only for the members that record no team (issue 19)', async () => {
    const member = (name: string, ownerRef?: string): MissedCampaignMember => ({
      campaignId: 'runbooks',
      title: 'Runbooks',
      entityRef: `component:default/${name}`,
      ...(ownerRef && { ownerRef }),
      deadline: '2026-11-01T00:00:00Z',
      failing: ['ops.runbook'],
    });
    const resultsOf = jest.fn(async (refs: string[]) =>
      refs.map(ref => ({
        result: { entityRef: ref } as ReadinessResult,
        ownerRef: 'group:default/from-result',
      })),
    );
    const suggestions = await findSuggestions(
      {
        results: { resultsOf } as unknown as ReadinessStore,
        missedCampaigns: async () => [
          member('a', 'group:default/team-a'),
          member('b'),
        ],
      } as SuggestionSources,
      NOW,
      mockCredentials.user(),
      'missed-campaign',
    );
    expect(resultsOf).toHaveBeenCalledTimes(1);
    expect(resultsOf).toHaveBeenCalledWith(['component:default/b']);
    expect(
      suggestions.map(s => [s.proposal.entityRef, s.proposal.ownerRef]),
    ).toEqual([
      ['component:default/a', 'group:default/team-a'],
      ['component:default/b', 'group:default/from-result'],
    ]);
  });
});
