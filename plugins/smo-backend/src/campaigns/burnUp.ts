import {
  CampaignDefinition,
  campaignMemberStatus,
  CampaignMemberStatus,
  ReadinessResult,
  SmoApiModels,
} from '@smo-backstage/plugin-smo-common';
import { ResultRow } from '../store/rows';

type Point = SmoApiModels.CampaignBurnUpPoint;
type Counts = Omit<Point, 'date'>;

/**
 * The burn-up of today's scope: for each day, how many of the members existed and how many had met the target (or
 * met it through waivers), replayed from the recorded results. `rows` are oldest first and start with each entity's
 * last result before the first day (as `statesBetween` reads them); `owners` maps each member to its team today ('' for none).
 * Kept as running sums, so the cost grows with rows and days, not with days × members.
 */
export function burnUp(
  campaign: Pick<CampaignDefinition, 'target'>,
  rows: ResultRow[],
  days: { date: string; end: string }[],
  owners: ReadonlyMap<string, string>,
): { points: Point[]; teams: Map<string, Point[]> } {
  const state = new Map<string, CampaignMemberStatus>();
  const all: Counts = { inScope: 0, met: 0, waived: 0 };
  const teams = new Map<string, Counts>(
    [...new Set(owners.values())].map(team => [
      team,
      { inScope: 0, met: 0, waived: 0 },
    ]),
  );
  const apply = (ref: string, status: CampaignMemberStatus, sign: 1 | -1) => {
    const sums = teams.get(owners.get(ref)!)!;
    for (const counts of [all, sums]) {
      counts.inScope += sign;
      if (status === 'met') counts.met += sign;
      if (status === 'waived') counts.waived += sign;
    }
  };
  const points: Point[] = [];
  const teamPoints = new Map<string, Point[]>(
    [...teams.keys()].map(team => [team, []]),
  );
  let next = 0;
  for (const day of days) {
    while (next < rows.length && rows[next].recorded_at <= day.end) {
      const row = rows[next++];
      if (!owners.has(row.entity_ref)) continue;
      const before = state.get(row.entity_ref);
      if (before) apply(row.entity_ref, before, -1);
      if (row.result) {
        const result = JSON.parse(row.result) as ReadinessResult;
        const { status } = campaignMemberStatus(campaign, result);
        state.set(row.entity_ref, status);
        apply(row.entity_ref, status, 1);
      } else {
        state.delete(row.entity_ref);
      }
    }
    points.push({ date: day.date, ...all });
    for (const [team, counts] of teams) {
      teamPoints.get(team)!.push({ date: day.date, ...counts });
    }
  }
  return { points, teams: teamPoints };
}
