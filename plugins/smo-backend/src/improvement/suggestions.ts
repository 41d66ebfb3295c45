import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ImprovementGoal,
  ImprovementSuggestion,
  isServiceLevelAgreementEntity,
  isServiceOfferingEntity,
  lastClosedMonth,
  monthFindings,
  monthLabel,
  monthStatus,
  ReadinessResult,
  SmoApiModels,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { governingAgreementKeys } from '../catalog/agreements';
import { CatalogReader } from '../catalog/CatalogReader';
import { entityKey, resolveRef } from '../catalog/refs';
import { GatekeeperStores } from '../store/Gatekeeper';
import { ReadinessStore } from '../store/ReadinessStore';
import { ServiceLevelStore } from '../store/ServiceLevelStore';
import type { MissedCampaignMember } from '../campaigns/DefaultCampaignService';

export type { MissedCampaignMember };

/** The campaigns' port: who missed which campaign (plugin.ts connects it to the campaign service). */
export type MissedCampaigns = () => Promise<MissedCampaignMember[]>;

export type SuggestionSource = Exclude<
  SmoApiModels.ImprovementSourceType,
  'manual'
>;

/** Where suggestions come from. */
export interface SuggestionSources {
  reader: CatalogReader;
  serviceLevels: ServiceLevelStore;
  gatekeeper: Pick<GatekeeperStores, 'evidence' | 'handovers' | 'log'>;
  results: ReadinessStore;
  missedCampaigns: MissedCampaigns;
}

/** How many closed months a breached month is suggested for. */
const BREACHED_MONTHS = 3;
/** An approved waiver renewing this many earlier ones is suggested: the check is waived instead of fixed. */
const RENEWALS = 2;
/** Rejected handovers looked at, the most recent first. */
const REJECTED_HANDOVERS = 200;
/** Days from now a suggestion proposes as the due date. */
export const SUGGESTED_DUE_DAYS = 30;

/** `text` cut to `max` characters, marked when cut. */
const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** A suggestion with the instant its cause happened, to put the newest first. */
interface Found {
  suggestion: ImprovementSuggestion;
  at: string;
}

/**
 * The improvements the data suggests, newest cause first (raised or not; the service leaves raised ones out). Each
 * has a key that stays the same while its cause does, and a proposal ready to raise. The catalog is read as
 * `readAs`, so offerings and agreements the caller cannot see suggest nothing. With `only`, just that rule runs.
 */
export async function findSuggestions(
  sources: SuggestionSources,
  now: DateTime,
  readAs: BackstageCredentials,
  only?: SuggestionSource,
): Promise<ImprovementSuggestion[]> {
  const rules: Record<SuggestionSource, () => Promise<Found[]>> = {
    'breached-month': () => breachedMonths(sources, now, readAs),
    'renewed-waiver': () => renewedWaivers(sources, now),
    'rejected-handover': () => rejectedHandovers(sources, now),
    'missed-campaign': () => missedCampaigns(sources, now),
  };
  const chosen = only ? [rules[only]] : Object.values(rules);
  const found = (await Promise.all(chosen.map(rule => rule()))).flat();
  return found
    .sort(
      (a, b) =>
        b.at.localeCompare(a.at) ||
        a.suggestion.key.localeCompare(b.suggestion.key),
    )
    .map(f => f.suggestion);
}

/** The rule a key belongs to (its prefix), if any. */
export function sourceOfKey(key: string): SuggestionSource | undefined {
  const prefix = key.slice(0, key.indexOf(':'));
  const known: SuggestionSource[] = [
    'breached-month',
    'renewed-waiver',
    'rejected-handover',
    'missed-campaign',
  ];
  return known.find(s => s === prefix);
}

/**
 * (1) An SLA breached in one of the last closed months: improve the offering it governs. The goal is availability at
 * its promise when availability was missed, else every decided incident within its targets (lowest attainment 100%).
 */
async function breachedMonths(
  sources: SuggestionSources,
  now: DateTime,
  readAs: BackstageCredentials,
): Promise<Found[]> {
  const last = DateTime.fromFormat(lastClosedMonth(now), 'yyyy-MM', {
    zone: 'utc',
  });
  const months = Array.from({ length: BREACHED_MONTHS }, (_, i) =>
    last.minus({ months: i }).toFormat('yyyy-MM'),
  );
  const breached = (
    await Promise.all(months.map(m => sources.serviceLevels.month(m)))
  )
    .flat()
    .filter(m => monthStatus(m.figures) === 'breached');
  if (breached.length === 0) return [];
  const agreements = new Map(
    (
      await sources.reader.readByRefs(
        [...new Set(breached.map(m => m.agreementRef))],
        readAs,
      )
    )
      .filter(isServiceLevelAgreementEntity)
      .filter(a => a.spec.type === 'sla')
      .map(a => [entityKey(a), a]),
  );
  // The offering an SLA covers: the first (by ref) that lists it among its agreements.
  const offerings = (await sources.reader.readOfferings(readAs))
    .filter(isServiceOfferingEntity)
    .sort((a, b) => entityKey(a).localeCompare(entityKey(b)));
  return breached.flatMap(({ agreementRef, month, figures }) => {
    const offering = offerings.find(o =>
      governingAgreementKeys(o).includes(agreementRef),
    );
    const ownerRef =
      offering &&
      resolveRef(offering.spec.owner, {
        defaultKind: 'group',
        defaultNamespace: offering.metadata.namespace ?? 'default',
      });
    if (!agreements.has(agreementRef) || !offering || !ownerRef) return [];
    const availability = figures.availability;
    const goal: ImprovementGoal =
      availability?.met === false
        ? {
            type: 'service-level',
            agreementRef,
            metric: 'availability',
            target: availability.promised,
          }
        : {
            type: 'service-level',
            agreementRef,
            metric: 'attainment',
            target: 100,
          };
    const entityRef = entityKey(offering);
    const key = `breached-month:${agreementRef}:${month}`;
    return [
      {
        at: DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' })
          .plus({ months: 1 })
          .toISO()!,
        suggestion: suggestion(key, 'breached-month', month, now, {
          title: `Meet ${agreementRef} again`,
          entityRef,
          ownerRef,
          goal,
          reason: `${agreementRef} was breached in ${monthLabel(
            month,
          )}: ${monthFindings(figures).misses.join('; ')}`,
        }),
      },
    ];
  });
}

/** (2) An approved waiver in force that renews two or more earlier ones: fix the check instead. */
async function renewedWaivers(
  sources: SuggestionSources,
  now: DateTime,
): Promise<Found[]> {
  const waivers = [
    ...(await sources.gatekeeper.evidence.activeWaivers(now.toISO()!)).values(),
  ]
    .flat()
    .filter(w => (w.renews ?? 0) >= RENEWALS);
  const owners = await ownersOf(
    sources,
    waivers.map(w => w.entityRef),
  );
  return waivers.map(w => {
    const at = w.decidedAt ?? w.createdAt;
    return {
      at,
      suggestion: suggestion(
        `renewed-waiver:${w.id}`,
        'renewed-waiver',
        at,
        now,
        {
          title: `Fix ${w.checkId} on ${w.entityRef}`,
          entityRef: w.entityRef,
          ownerRef: owners.get(w.entityRef) ?? w.requestedBy,
          goal: { type: 'check', checkId: w.checkId },
          reason: `${w.checkId} on ${w.entityRef} has been waived ${
            (w.renews ?? 0) + 1
          } times in a row instead of fixed (${w.justification})`,
        },
      ),
    };
  });
}

/** (3) A rejected handover: fix the first check that blocked it in the evaluation frozen with the rejection. */
async function rejectedHandovers(
  sources: SuggestionSources,
  now: DateTime,
): Promise<Found[]> {
  const { handovers, log } = sources.gatekeeper;
  const rejected = await handovers.list({
    states: ['rejected'],
    limit: REJECTED_HANDOVERS,
  });
  const owners = await ownersOf(
    sources,
    rejected.map(h => h.entityRef),
  );
  const found: Found[] = [];
  for (const h of rejected) {
    const entries = await log.list({ entityRef: h.entityRef, limit: 100 });
    const rejection = entries.find(
      e => e.subjectId === h.id && e.action === 'reject',
    );
    const snapshot =
      rejection?.snapshotId && (await log.getSnapshot(rejection.snapshotId));
    const checkId = snapshot && firstBlocking(snapshot.result);
    if (!checkId) continue;
    const at = rejection.at;
    found.push({
      at,
      suggestion: suggestion(
        `rejected-handover:${h.id}`,
        'rejected-handover',
        at,
        now,
        {
          title: `Fix ${checkId} on ${h.entityRef} for its handover`,
          entityRef: h.entityRef,
          ownerRef: owners.get(h.entityRef) ?? h.requestedBy,
          goal: { type: 'check', checkId },
          reason: `The handover of ${h.entityRef} was rejected${
            rejection.comment ? ` (${rejection.comment})` : ''
          }; ${checkId} did not pass then`,
        },
      ),
    });
  }
  return found;
}

/** The first blocker of a frozen evaluation, else its first check that did not pass (failed, errored, unknown). */
function firstBlocking(result: ReadinessResult): string | undefined {
  return (
    result.blockers[0] ??
    result.checks.find(c => ['fail', 'error', 'unknown'].includes(c.status))?.id
  );
}

/** (4) A component that missed a campaign at its deadline: make the first failing check pass. */
async function missedCampaigns(
  sources: SuggestionSources,
  now: DateTime,
): Promise<Found[]> {
  const missed = (await sources.missedCampaigns()).filter(
    m => m.failing.length > 0,
  );
  // A member records its team; the stored results are read only for those without one.
  const owners = await ownersOf(
    sources,
    missed.filter(m => !m.ownerRef).map(m => m.entityRef),
  );
  return missed.flatMap(m => {
    const ownerRef = m.ownerRef ?? owners.get(m.entityRef);
    if (!ownerRef) return [];
    const [checkId] = m.failing;
    return [
      {
        at: m.deadline,
        suggestion: suggestion(
          `missed-campaign:${m.campaignId}:${m.entityRef}`,
          'missed-campaign',
          m.deadline,
          now,
          {
            title: `Fix ${checkId} on ${m.entityRef} (${m.title})`,
            entityRef: m.entityRef,
            ownerRef,
            goal: { type: 'check', checkId },
            reason: `${m.entityRef} missed the campaign "${
              m.title
            }" at its deadline ${m.deadline.slice(0, 10)}: ${m.failing.join(
              ', ',
            )} still fail`,
          },
        ),
      },
    ];
  });
}

/** The owning teams of scored components, from their stored results. */
async function ownersOf(
  sources: SuggestionSources,
  refs: string[],
): Promise<Map<string, string>> {
  const rows = await sources.results.resultsOf([...new Set(refs)]);
  return new Map(
    rows.flatMap(r =>
      r.ownerRef ? [[r.result.entityRef, r.ownerRef] as const] : [],
    ),
  );
}

/** A suggestion with its proposal: the reason is the problem, due {@link SUGGESTED_DUE_DAYS} days from now. */
function suggestion(
  key: string,
  source: SuggestionSource,
  occurredAt: string,
  now: DateTime,
  p: {
    title: string;
    entityRef: string;
    ownerRef: string;
    goal: ImprovementGoal;
    reason: string;
  },
): ImprovementSuggestion {
  return {
    key,
    source,
    occurredAt,
    reason: p.reason,
    proposal: {
      title: clip(p.title, 200),
      entityRef: p.entityRef,
      problem: clip(p.reason, 4000),
      goal: p.goal,
      ownerRef: p.ownerRef,
      dueDate: now.plus({ days: SUGGESTED_DUE_DAYS }).toISODate()!,
      suggestionKey: key,
    },
  };
}
