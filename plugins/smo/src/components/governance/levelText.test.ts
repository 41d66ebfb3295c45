import { SUGGESTED_LADDER } from '@smo-backstage/plugin-smo-common';
import { levelText } from './levelText';

const standing = (
  achieved: string | undefined,
  next: string | undefined,
  missing: string[],
) => ({
  ...(achieved && { achieved }),
  ...(next && { next }),
  required: 'transition-ready',
  missing,
  ladder: SUGGESTED_LADDER.levels,
});

describe('levelText', () => {
  it('says the level reached, whether the handover is covered, and what the next level misses', () => {
    expect(
      levelText(standing('design-ready', 'transition-ready', ['ops.runbook'])),
    ).toEqual({
      reached: 'Design ready — the handover needs Transition ready',
      next: 'Transition ready still needs ops.runbook',
    });
    expect(
      levelText(standing('operation-ready', 'improving', ['sla.attainment'])),
    ).toEqual({
      reached: 'Operation ready (the handover needs Transition ready)',
      next: 'Improving still needs sla.attainment',
    });
    expect(
      levelText(standing(undefined, 'design-ready', ['ops.owner'])).reached,
    ).toBe('No level yet — the handover needs Transition ready');
    expect(levelText(standing('improving', undefined, []))).toEqual({
      reached: 'Improving (the handover needs Transition ready)',
    });
  });
});
