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
import {
  CampaignStore,
  MemberCount,
  MemberFilter,
} from '../store/CampaignStore';
import { ReadinessStore } from '../store/ReadinessStore';
import { burnUp } from './burnUp';
import { CampaignMemberRow } from './membership';

type Counts = SmoApiModels.CampaignCounts;
type Position = Pick<CampaignMemberRow, 'status' | 'missed'>;

/** The members' order: open ones first, missed before the rest; each part by ref. */
const MEMBER_ORDER: readonly Position[] = (
  ['open', 'waived', 'met'] as const
).flatMap(status => [true, false].map(missed => ({ status, missed })));
const orderOf = (m: Position) =>
  MEMBER_ORDER.findIndex(p => p.status === m.status && p.missed === m.missed);

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
 * and the reminders to the teams. `only` narrows everything to the refs a caller may see (undefined: all). Progress
 * and teams are counted by the database; members are paged by it.
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
    const counts = await this.options.store.counts(
      { campaignIds: this.options.campaigns.map(c => c.id) },
      { only },
    );
    const now = this.now().toJSDate();
    return [...this.options.campaigns]
      .sort(
        (a, b) =>
          earliest(a).localeCompare(earliest(b)) || a.id.localeCompare(b.id),
      )
      .map(c => ({
        ...c,
        status: campaignStatus(c, now),
        progress: countsOf(counts.filter(r => r.campaignId === c.id)),
      }));
  }

  async get(
    id: string,
    only?: ReadonlySet<string>,
  ): Promise<SmoApiModels.CampaignDetail> {
    const campaign = this.campaign(id);
    const counts = await this.options.store.counts(
      { campaignIds: [id] },
      { byOwner: true, only },
    );
    const progress = countsOf(counts);
    const now = this.now();
    const teams = [...groupBy(counts, r => r.ownerRef ?? '')]
      .map(([ownerRef, team]) => ({ ownerRef, ...countsOf(team) }))
      .sort((a, b) => b.open - a.open || a.ownerRef.localeCompare(b.ownerRef));
    const today = now.toISODate()!;
    const first = DateTime.max(
      DateTime.fromISO(campaign.start, { zone: 'utc' }),
      now.minus({ days: BURN_UP_DAYS - 1 }).startOf('day'),
    ).toISODate()!;
    const days = first <= today ? daysBetween(first, today) : [];
    // Each member's team, for the burn-up: the one read of every member.
    const owners = new Map(
      days.length > 0 && progress.inScope > 0
        ? (await this.options.store.narrow({ campaignIds: [id] }, only)).map(
            r => [r.entityRef, r.ownerRef ?? ''],
          )
        : [],
    );
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
        progress,
      },
      teams,
      burnUp: history.points,
      teamBurnUp: largest.map(t => ({
        ownerRef: t.ownerRef,
        points: history.teams.get(t.ownerRef) ?? [],
      })),
    };
  }

  /** A page of the members in {@link MEMBER_ORDER}. */
  async members(
    id: string,
    query: MemberQuery,
    only?: ReadonlySet<string>,
  ): Promise<{ totalCount: number; items: SmoApiModels.CampaignMember[] }> {
    this.campaign(id);
    const filter = {
      campaignIds: [id],
      status: query.status,
      owner: query.owner,
    };
    const page = only
      ? await this.visiblePage(filter, query, only)
      : await this.page(filter, query);
    return {
      totalCount: page.totalCount,
      items: page.items.map(({ campaignId: _campaignId, ...member }) => member),
    };
  }

  /**
   * A page read part by part of {@link MEMBER_ORDER}: the counts tell which parts it spans, each read as a page of
   * its own (usually one, at most a few).
   */
  private async page(
    filter: MemberFilter,
    { offset, limit }: MemberQuery,
  ): Promise<{ totalCount: number; items: CampaignMemberRow[] }> {
    const { store } = this.options;
    const counts = await store.counts(filter);
    const items: CampaignMemberRow[] = [];
    let before = 0;
    for (const part of MEMBER_ORDER) {
      const total = sum(counts.filter(c => orderOf(c) === orderOf(part)));
      const from = Math.max(offset, before);
      const to = Math.min(offset + limit, before + total);
      if (from < to) {
        items.push(
          ...(await store.members(
            { ...filter, ...part },
            { offset: from - before, limit: to - from, total },
          )),
        );
      }
      before += total;
    }
    return { totalCount: sum(counts), items };
  }

  /**
   * A page for a caller who sees only some members: the narrow rows, in the database's ref order, kept and put in
   * {@link MEMBER_ORDER} (a stable sort) here; then the page's rows.
   */
  private async visiblePage(
    filter: MemberFilter,
    { offset, limit }: MemberQuery,
    only: ReadonlySet<string>,
  ): Promise<{ totalCount: number; items: CampaignMemberRow[] }> {
    const { store } = this.options;
    const rows = (await store.narrow(filter, only)).sort(
      (a, b) => orderOf(a) - orderOf(b),
    );
    const refs = rows.slice(offset, offset + limit).map(r => r.entityRef);
    const byRef = new Map(
      (await store.membersOf(filter.campaignIds[0], refs)).map(r => [
        r.entityRef,
        r,
      ]),
    );
    return {
      totalCount: rows.length,
      items: refs.flatMap(ref => byRef.get(ref) ?? []),
    };
  }

  /** Every member open past its deadline, across campaigns. */
  async missed(): Promise<MissedCampaignMember[]> {
    const titles = new Map(this.options.campaigns.map(c => [c.id, c.title]));
    return (
      await this.options.store.members({
        campaignIds: [...titles.keys()],
        missed: true,
      })
    ).map(r => ({
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
      const open = (
        await store.members({ campaignIds: [campaign.id], status: 'open' })
      ).filter(r => r.ownerRef);
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

function sum(counts: MemberCount[]): number {
  return counts.reduce((n, c) => n + c.count, 0);
}

function countsOf(counts: MemberCount[]): Counts {
  return {
    inScope: sum(counts),
    met: sum(counts.filter(c => c.status === 'met')),
    waived: sum(counts.filter(c => c.status === 'waived')),
    open: sum(counts.filter(c => c.status === 'open')),
    missed: sum(counts.filter(c => c.missed)),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  }
  return groups;
}
