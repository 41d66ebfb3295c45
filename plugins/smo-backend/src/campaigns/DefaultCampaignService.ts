import { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  CampaignDefinition,
  campaignStatus,
  SmoApiModels,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { Notifier } from '../gatekeeper/Notifier';
import { daysBetween } from '../rollup/trend';
import { CampaignStore } from '../store/CampaignStore';
import { ReadinessStore } from '../store/ReadinessStore';
import { burnUp } from './burnUp';
import { CampaignMemberRow } from './membership';

type Counts = SmoApiModels.CampaignCounts;

/** Teams shown with their own burn-up: those with the largest scope. */
const BURN_UP_TEAMS = 20;
/** The longest burn-up, in days. */
const BURN_UP_DAYS = 366;

/** A member open past its deadline, for the CSI register's suggestions. */
export interface MissedCampaignMember {
  campaignId: string;
  title: string;
  entityRef: string;
  ownerRef?: string;
  deadline: string;
  failing: string[];
}

export interface MemberQuery {
  status?: SmoApiModels.CampaignMemberStatus;
  owner?: string;
  limit: number;
  offset: number;
}

/**
 * Campaigns with their progress, burn-up and members, from the memberships the sweeps keep and the recorded results;
 * and the reminders to the teams. `only` narrows everything to the refs a caller may see (undefined: all).
 */
export class DefaultCampaignService {
  private readonly now: () => DateTime;

  constructor(
    private readonly options: {
      campaigns: readonly CampaignDefinition[];
      store: CampaignStore;
      readiness: ReadinessStore;
      notifier?: Notifier;
      logger?: LoggerService;
      clock?: () => DateTime;
    },
  ) {
    this.now = options.clock ?? (() => DateTime.utc());
  }

  async list(only?: ReadonlySet<string>): Promise<SmoApiModels.Campaign[]> {
    const rows = visible(await this.options.store.members(), only);
    const now = this.now().toJSDate();
    return [...this.options.campaigns]
      .sort(
        (a, b) =>
          earliest(a).localeCompare(earliest(b)) || a.id.localeCompare(b.id),
      )
      .map(c => ({
        ...c,
        status: campaignStatus(c, now),
        progress: countsOf(rows.filter(r => r.campaignId === c.id)),
      }));
  }

  async get(
    id: string,
    only?: ReadonlySet<string>,
  ): Promise<SmoApiModels.CampaignDetail> {
    const campaign = this.campaign(id);
    const rows = visible(await this.options.store.members(id), only);
    const now = this.now();
    const teams = [...groupBy(rows, r => r.ownerRef ?? '')]
      .map(([ownerRef, members]) => ({ ownerRef, ...countsOf(members) }))
      .sort((a, b) => b.open - a.open || a.ownerRef.localeCompare(b.ownerRef));
    const today = now.toISODate()!;
    const first = DateTime.max(
      DateTime.fromISO(campaign.start, { zone: 'utc' }),
      now.minus({ days: BURN_UP_DAYS - 1 }).startOf('day'),
    ).toISODate()!;
    const days = first <= today ? daysBetween(first, today) : [];
    const owners = new Map(rows.map(r => [r.entityRef, r.ownerRef ?? '']));
    const history =
      days.length > 0 && owners.size > 0
        ? burnUp(
            campaign,
            await this.options.readiness.resultsBetween(
              `${first}T00:00:00.000Z`,
              days[days.length - 1].end,
            ),
            days,
            owners,
          )
        : {
            points: days.map(d => ({
              date: d.date,
              inScope: 0,
              met: 0,
              waived: 0,
            })),
            teams: new Map(),
          };
    const largest = [...teams]
      .sort(
        (a, b) => b.inScope - a.inScope || a.ownerRef.localeCompare(b.ownerRef),
      )
      .slice(0, BURN_UP_TEAMS);
    return {
      campaign: {
        ...campaign,
        status: campaignStatus(campaign, now.toJSDate()),
        progress: countsOf(rows),
      },
      teams,
      burnUp: history.points,
      teamBurnUp: largest.map(t => ({
        ownerRef: t.ownerRef,
        points: history.teams.get(t.ownerRef) ?? [],
      })),
    };
  }

  /** A page of the members, open ones first (missed before the rest), then by ref. */
  async members(
    id: string,
    query: MemberQuery,
    only?: ReadonlySet<string>,
  ): Promise<{ totalCount: number; items: SmoApiModels.CampaignMember[] }> {
    this.campaign(id);
    const rank = { open: 0, waived: 1, met: 2 } as const;
    const rows = visible(await this.options.store.members(id), only)
      .filter(r => !query.status || r.status === query.status)
      .filter(r => !query.owner || r.ownerRef === query.owner)
      .sort(
        (a, b) =>
          rank[a.status] - rank[b.status] ||
          Number(b.missed) - Number(a.missed) ||
          a.entityRef.localeCompare(b.entityRef),
      );
    return {
      totalCount: rows.length,
      items: rows
        .slice(query.offset, query.offset + query.limit)
        .map(({ campaignId: _campaignId, ...member }) => member),
    };
  }

  /** Every member open past its deadline, across campaigns. */
  async missed(): Promise<MissedCampaignMember[]> {
    const titles = new Map(this.options.campaigns.map(c => [c.id, c.title]));
    return (await this.options.store.members())
      .filter(r => r.missed && titles.has(r.campaignId))
      .map(r => ({
        campaignId: r.campaignId,
        title: titles.get(r.campaignId)!,
        entityRef: r.entityRef,
        ...(r.ownerRef && { ownerRef: r.ownerRef }),
        deadline: r.deadline,
        failing: r.failing,
      }));
  }

  /**
   * Reminds each team with open members of a started campaign, at most once per the campaign's cadence (claimed in
   * the database, so replicas do not repeat one another). Returns how many reminders were sent.
   */
  async remind(): Promise<number> {
    const { notifier, store } = this.options;
    const now = this.now();
    let sent = 0;
    for (const campaign of this.options.campaigns) {
      if (campaignStatus(campaign, now.toJSDate()) === 'scheduled') continue;
      const open = (await store.members(campaign.id)).filter(
        r => r.status === 'open' && r.ownerRef,
      );
      for (const [team, members] of groupBy(open, r => r.ownerRef!)) {
        const claimed = await store.claimReminder(
          campaign.id,
          team,
          now.toISO()!,
          now.minus({ days: campaign.reminderDays }).toISO()!,
        );
        if (!claimed) continue;
        const missed = members.filter(m => m.missed).length;
        await notifier?.send([team], {
          title: `Campaign ${campaign.title}: ${members.length} of your components still to do`,
          description: `${campaignTarget(campaign)} — deadline ${
            members.map(m => m.deadline).sort()[0]
          }${
            missed > 0
              ? `; ${missed} already past it and blocking the gate`
              : ''
          }.`,
          link: `/smo/campaigns/${campaign.id}`,
          severity: missed > 0 ? 'high' : 'normal',
        });
        sent++;
      }
    }
    if (sent > 0)
      this.options.logger?.info(`SMO campaign reminders sent: ${sent}`);
    return sent;
  }

  private campaign(id: string): CampaignDefinition {
    const campaign = this.options.campaigns.find(c => c.id === id);
    if (!campaign) throw new NotFoundError(`No campaign '${id}' is configured`);
    return campaign;
  }
}

/** "docs.techdocs, ops.runbook must pass" / "the readiness verdict must be ready". */
export function campaignTarget(campaign: CampaignDefinition): string {
  return campaign.target.verdict
    ? 'the readiness verdict must be ready'
    : `${campaign.target.checks.join(', ')} must pass`;
}

function earliest(campaign: CampaignDefinition): string {
  return Object.values(campaign.deadlines).sort()[0];
}

function visible(
  rows: CampaignMemberRow[],
  only?: ReadonlySet<string>,
): CampaignMemberRow[] {
  return only ? rows.filter(r => only.has(r.entityRef)) : rows;
}

function countsOf(rows: CampaignMemberRow[]): Counts {
  return {
    inScope: rows.length,
    met: rows.filter(r => r.status === 'met').length,
    waived: rows.filter(r => r.status === 'waived').length,
    open: rows.filter(r => r.status === 'open').length,
    missed: rows.filter(r => r.missed).length,
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  }
  return groups;
}
