import { daysBetween } from '../rollup/trend';
import { burnUp } from './burnUp';

const result = (status: string) =>
  JSON.stringify({
    verdict: 'not-ready',
    blockers: [],
    checks: [{ id: 'docs.techdocs', status, severity: 'advisory' }],
  });
const row = (ref: string, at: string, status?: string) => ({
  entity_ref: ref,
  recorded_at: at,
  result: status ? result(status) : null,
});

describe('a campaign burn-up', () => {
  it('replays the recorded results day by day, overall and per team, for today’s scope', () => {
    const owners = new Map([
      ['component:default/a', 'group:default/team-a'],
      ['component:default/b', 'group:default/team-a'],
      ['component:default/c', 'group:default/team-b'],
    ]);
    const rows = [
      // before the first day: a failing, c already passing
      row('component:default/a', '2026-10-20T10:00:00Z', 'fail'),
      row('component:default/c', '2026-10-25T10:00:00Z', 'pass'),
      row('component:default/x', '2026-11-01T09:00:00Z', 'pass'), // not in today's scope
      row('component:default/b', '2026-11-02T08:00:00Z', 'fail'),
      row('component:default/a', '2026-11-02T09:00:00Z', 'pass'),
      row('component:default/b', '2026-11-03T08:00:00Z', 'waived'),
      row('component:default/c', '2026-11-03T09:00:00Z'), // left, then came back failing
      row('component:default/c', '2026-11-03T10:00:00Z', 'fail'),
    ];
    const { points, teams } = burnUp(
      { target: { checks: ['docs.techdocs'], verdict: false } },
      rows,
      daysBetween('2026-11-01', '2026-11-03'),
      owners,
    );
    expect(points).toEqual([
      { date: '2026-11-01', inScope: 2, met: 1, waived: 0 },
      { date: '2026-11-02', inScope: 3, met: 2, waived: 0 },
      { date: '2026-11-03', inScope: 3, met: 1, waived: 1 },
    ]);
    expect(teams.get('group:default/team-a')).toEqual([
      { date: '2026-11-01', inScope: 1, met: 0, waived: 0 },
      { date: '2026-11-02', inScope: 2, met: 1, waived: 0 },
      { date: '2026-11-03', inScope: 2, met: 1, waived: 1 },
    ]);
    expect(teams.get('group:default/team-b')!.map(p => p.met)).toEqual([
      1, 1, 0,
    ]);
  });

  it('counts a target check missing from an old result as not met', () => {
    const { points } = burnUp(
      { target: { checks: ['ops.slo'], verdict: false } },
      [row('component:default/a', '2026-11-01T00:00:00Z', 'pass')],
      daysBetween('2026-11-01', '2026-11-01'),
      new Map([['component:default/a', '']]),
    );
    expect(points).toEqual([
      { date: '2026-11-01', inScope: 1, met: 0, waived: 0 },
    ]);
  });
});
