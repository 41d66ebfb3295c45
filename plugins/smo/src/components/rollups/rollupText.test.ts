import {
  acceptedRiskText,
  dependencyPathText,
  excludedText,
  membersText,
  movementText,
  portfolioSearch,
  readyText,
  rollupKindOf,
} from './rollupText';
import { checkoutRollup, readySystemRollup } from './__testUtils__/rollups';

describe('rollupText', () => {
  it('knows which entity kinds roll up', () => {
    expect(rollupKindOf('ServiceOffering')).toBe('serviceoffering');
    expect(rollupKindOf('System')).toBe('system');
    expect(rollupKindOf('Group')).toBe('group');
    expect(rollupKindOf('Component')).toBeUndefined();
  });

  it('counts members in words, with the components left out by lifecycle', () => {
    expect(membersText(checkoutRollup)).toBe(
      '3 of 4 components ready; 1 retired component not counted',
    );
    expect(membersText(readySystemRollup)).toBe('2 of 2 components ready');
    expect(readyText({ counted: 1, ready: 1, notReady: 0, excluded: 0 })).toBe(
      '1 of 1 component ready',
    );
    expect(readyText({ counted: 0, ready: 0, notReady: 0, excluded: 2 })).toBe(
      'No component counted, so nothing is proved ready',
    );
    expect(
      excludedText(3, [
        { lifecycle: 'retired' },
        { lifecycle: 'deprecated' },
        { lifecycle: 'deprecated' },
      ]),
    ).toBe('2 deprecated and 1 retired components not counted');
    // More left out than listed: one number, no breakdown that would be wrong.
    expect(excludedText(12, [{ lifecycle: 'retired' }])).toBe(
      '12 deprecated or retired components not counted',
    );
    expect(excludedText(0, [])).toBe('');
  });

  it('writes a dependency path from this offering to the weak one', () => {
    expect(dependencyPathText(checkoutRollup.dependencyRisks[0])).toBe(
      'online-checkout → payment-processing (not ready)',
    );
    expect(
      dependencyPathText(
        {
          path: ['serviceoffering:default/a', 'serviceoffering:default/b'],
          verdict: 'ready',
        },
        ref => ref.toUpperCase(),
      ),
    ).toBe('SERVICEOFFERING:DEFAULT/A → SERVICEOFFERING:DEFAULT/B (at risk)');
  });

  it('names accepted risk by its waived checks', () => {
    expect(
      acceptedRiskText({
        waivers: 2,
        checks: ['docs.techdocs', 'ops.runbook'],
      }),
    ).toBe('2 waivers: docs.techdocs, ops.runbook');
    expect(acceptedRiskText({ waivers: 1, checks: ['ops.runbook'] })).toBe(
      '1 waiver: ops.runbook',
    );
    expect(acceptedRiskText({ waivers: 0, checks: [] })).toBe('None');
  });

  it('says the movement since the end of last month in words', () => {
    const ready = 'ready' as const;
    const notReady = 'not-ready' as const;
    expect(
      movementText({
        movement: 'better',
        verdict: ready,
        score: 80,
        previous: { verdict: ready, score: 62 },
      }),
    ).toBe('better: 62 → 80');
    expect(
      movementText({
        movement: 'worse',
        verdict: notReady,
        score: 71,
        previous: { verdict: ready, score: 84 },
      }),
    ).toBe('worse: ready → not ready, 84 → 71');
    expect(
      movementText({
        movement: 'same',
        verdict: ready,
        score: 80,
        previous: { verdict: ready, score: 80 },
      }),
    ).toBe('same: 80');
    expect(movementText({ movement: 'new', verdict: ready, score: 80 })).toBe(
      'new',
    );
  });

  it('filters the portfolio by offering, system or owner', () => {
    expect(
      portfolioSearch('serviceoffering', 'serviceoffering:default/x'),
    ).toBe('offering=serviceoffering%3Adefault%2Fx');
    expect(portfolioSearch('system', 'system:default/x')).toBe(
      'system=system%3Adefault%2Fx',
    );
    expect(portfolioSearch('group', 'group:default/team-a')).toBe(
      'owner=group%3Adefault%2Fteam-a',
    );
  });
});
