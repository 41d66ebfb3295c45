import { movement, rollUp, RollupMemberInput } from './rollup';

const member = (
  name: string,
  over: Partial<RollupMemberInput> = {},
): RollupMemberInput => ({
  entityRef: `component:default/${name}`,
  tier: 'tier-2',
  verdict: 'ready',
  score: 100,
  weighedScore: 100,
  blockers: [],
  counted: true,
  ...over,
});

const base = {
  entityRef: 'serviceoffering:default/checkout',
  kind: 'serviceoffering' as const,
  evaluatedAt: '2026-11-30T12:00:00.000Z',
};

describe('rollUp', () => {
  it('is ready only when every counted component is ready (the weakest link)', () => {
    expect(
      rollUp({ ...base, members: [member('a'), member('b')] }).verdict,
    ).toBe('ready');
    const weak = rollUp({
      ...base,
      members: [
        member('a'),
        member('b', {
          verdict: 'not-ready',
          score: 40,
          blockers: ['ops.runbook'],
        }),
      ],
    });
    expect(weak.verdict).toBe('not-ready');
    expect(weak.members).toEqual({
      counted: 2,
      ready: 1,
      notReady: 1,
      excluded: 0,
    });
    expect(weak.weakest[0]).toMatchObject({
      entityRef: 'component:default/b',
      blockers: ['ops.runbook'],
    });
    expect(weak.weakest[0]).not.toHaveProperty('weighedScore');
  });

  it('weighs scores by tier: a tier-1 component counts four times a tier-4', () => {
    const result = rollUp({
      ...base,
      members: [
        member('critical', { tier: 'tier-1', weighedScore: 100 }),
        member('minor', { tier: 'tier-4', weighedScore: 0 }),
      ],
    });
    expect(result.score).toBe(80); // (4×100 + 1×0) / 5
  });

  it("counts an offering's own checks once, as one more member of its tier, and lets them block", () => {
    const result = rollUp({
      ...base,
      members: [member('a', { tier: 'tier-1', weighedScore: 100 })],
      own: {
        tier: 'tier-1',
        checks: [],
        score: 50,
        blockers: ['sla.in-force'],
      },
    });
    expect(result.score).toBe(75);
    expect(result.verdict).toBe('not-ready');
    expect(result.blockers).toEqual(['sla.in-force']);
    expect(result.tier).toBe('tier-1');
  });

  it('lists deprecated and retired components without judging by them', () => {
    const result = rollUp({
      ...base,
      members: [
        member('live'),
        member('old', {
          counted: false,
          verdict: 'not-ready',
          score: 0,
          weighedScore: 0,
          lifecycle: 'deprecated',
        }),
      ],
    });
    expect(result.verdict).toBe('ready');
    expect(result.score).toBe(100);
    expect(result.members.excluded).toBe(1);
    expect(result.excluded.map(m => m.entityRef)).toEqual([
      'component:default/old',
    ]);
  });

  it('is not ready with nothing counted: nothing has been proved ready', () => {
    const result = rollUp({ ...base, members: [] });
    expect(result).toMatchObject({ verdict: 'not-ready', score: 0 });
  });

  it('is at risk with a dependency path, and reports waivers on counted components as accepted risk', () => {
    const result = rollUp({
      ...base,
      members: [member('a'), member('b'), member('old', { counted: false })],
      dependencyRisks: [
        {
          path: [base.entityRef, 'serviceoffering:default/payments'],
          verdict: 'not-ready',
        },
      ],
      waivers: [
        { entityRef: 'component:default/a', checkId: 'docs.techdocs' },
        { entityRef: 'component:default/a', checkId: 'ops.runbook' },
        { entityRef: 'component:default/b', checkId: 'docs.techdocs' },
        { entityRef: 'component:default/old', checkId: 'security.review' },
      ],
    });
    expect(result.atRisk).toBe(true);
    expect(result.verdict).toBe('ready');
    expect(result.acceptedRisk).toEqual({
      waivers: 3,
      waivedComponents: 2,
      checks: ['docs.techdocs', 'ops.runbook'],
    });
  });

  it('keeps at most 10 members, weakest first', () => {
    const members = Array.from({ length: 15 }, (_, i) =>
      member(`c${i}`, { score: 100 - i }),
    );
    const result = rollUp({ ...base, members });
    expect(result.weakest).toHaveLength(10);
    expect(result.weakest[0].entityRef).toBe('component:default/c14');
    expect(result.members.counted).toBe(15);
  });
});

describe('movement', () => {
  it('reads the verdict first, then the score', () => {
    expect(
      movement(
        { verdict: 'ready', score: 60 },
        { verdict: 'not-ready', score: 90 },
      ),
    ).toBe('better');
    expect(
      movement(
        { verdict: 'not-ready', score: 90 },
        { verdict: 'ready', score: 60 },
      ),
    ).toBe('worse');
    expect(
      movement(
        { verdict: 'ready', score: 80 },
        { verdict: 'ready', score: 70 },
      ),
    ).toBe('better');
    expect(
      movement(
        { verdict: 'ready', score: 80 },
        { verdict: 'ready', score: 80 },
      ),
    ).toBe('same');
    expect(movement({ verdict: 'ready', score: 80 })).toBe('new');
  });
});
