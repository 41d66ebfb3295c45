import { ladderStanding, SUGGESTED_LADDER } from './levels';

const check = (
  id: string,
  level: string | undefined,
  status: any = 'pass',
) => ({
  id,
  level,
  status,
});

describe('ladderStanding', () => {
  it('reaches the highest level whose checks and those below all meet it', () => {
    const standing = ladderStanding(
      [
        check('a', 'design-ready'),
        check('b', 'transition-ready', 'waived'),
        check('c', 'operation-ready', 'fail'),
        check('d', 'improving', 'fail'),
        check('e', undefined, 'fail'),
      ],
      SUGGESTED_LADDER,
    );
    expect(standing).toMatchObject({
      achieved: 'transition-ready',
      required: 'transition-ready',
      next: 'operation-ready',
      missing: ['c'],
      unmet: [],
    });
  });

  it('names the checks at or below the handover level that block it, whatever their severity', () => {
    const standing = ladderStanding(
      [
        check('a', 'design-ready', 'fail'),
        check('b', 'transition-ready', 'unknown'),
        check('c', 'operation-ready', 'fail'),
      ],
      SUGGESTED_LADDER,
    );
    expect(standing.achieved).toBeUndefined();
    expect(standing.next).toBe('design-ready');
    expect(standing.missing).toEqual(['a']);
    expect(standing.unmet).toEqual(['a', 'b']);
  });

  it('is at the top with nothing missing when every check meets it', () => {
    const standing = ladderStanding(
      [check('a', 'improving', 'not-applicable')],
      SUGGESTED_LADDER,
    );
    expect(standing).toMatchObject({
      achieved: 'improving',
      missing: [],
      unmet: [],
    });
    expect(standing.next).toBeUndefined();
  });
});
