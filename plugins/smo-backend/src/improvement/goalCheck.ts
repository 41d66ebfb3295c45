import { ConflictError } from '@backstage/errors';
import {
  CheckResult,
  ImprovementGoal,
  lastClosedMonth,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { ReadinessPort } from '../ports';
import { ReadinessStore } from '../store/ReadinessStore';
import { RollupStore } from '../store/RollupStore';
import { ServiceLevelStore } from '../store/ServiceLevelStore';

/** What the data showed when a goal was met: a sentence and the data itself, frozen with the closed improvement. */
export interface GoalEvidence {
  summary: string;
  data: Record<string, unknown>;
}

/** Where a goal is checked against: the entity evaluated now, stored roll-ups and results, the month's figures. */
export interface GoalSources {
  readiness: ReadinessPort;
  results: ReadinessStore;
  rollups: RollupStore;
  serviceLevels: ServiceLevelStore;
  /** Ids of the offering-level checks, which an offering answers itself (the others its components do). */
  offeringLevel: ReadonlySet<string>;
}

/** A member passes a component-level check for its offering when the check passes or does not apply to it. */
const MEMBER_PASSES: CheckResult['status'][] = ['pass', 'not-applicable'];
/** Components an offering has at most, as far as a goal is judged. */
const MAX_MEMBERS = 5000;

/**
 * Checks a goal against the data now. Met: what the data shows. Not met: a 409 saying what it shows instead. A
 * waived check is not met: a waiver postpones a fix, it is not one.
 */
export async function checkGoal(
  goal: ImprovementGoal,
  entityRef: string,
  sources: GoalSources,
  now: DateTime,
): Promise<GoalEvidence> {
  if (goal.type === 'service-level') {
    return serviceLevelGoal(goal, sources, now);
  }
  const checkId = goal.checkId!;
  if (!entityRef.startsWith('serviceoffering:')) {
    const result = await sources.readiness.evaluate(entityRef);
    const check = passing(result.checks, checkId, entityRef);
    return {
      summary: `${checkId} passes on ${entityRef}: ${check.message}`,
      data: { entityRef, evaluatedAt: result.evaluatedAt, check },
    };
  }
  const rollup = await sources.rollups.get(entityRef);
  if (!rollup) {
    throw new ConflictError(
      `${entityRef} has no roll-up yet (the next readiness sweep computes it), so ${checkId} cannot be judged`,
    );
  }
  if (sources.offeringLevel.has(checkId)) {
    const check = passing(rollup.checks, checkId, entityRef);
    return {
      summary: `${checkId} passes on ${entityRef}: ${check.message}`,
      data: { entityRef, evaluatedAt: rollup.evaluatedAt, check },
    };
  }
  return membersPass(entityRef, checkId, rollup.excluded, sources);
}

/** The check, if it passes; a 409 naming its status and message otherwise. */
function passing(
  checks: CheckResult[],
  checkId: string,
  entityRef: string,
): CheckResult {
  const check = checks.find(c => c.id === checkId);
  if (!check) {
    throw new ConflictError(`${checkId} is not evaluated on ${entityRef}`);
  }
  if (check.status !== 'pass') {
    throw new ConflictError(
      `${checkId} is ${check.status} on ${entityRef}: ${check.message}`,
    );
  }
  return check;
}

/** A component-level check on an offering: met when it passes on every counted component delivering it. */
async function membersPass(
  offeringRef: string,
  checkId: string,
  excluded: { entityRef: string }[],
  sources: GoalSources,
): Promise<GoalEvidence> {
  const notCounted = new Set(excluded.map(m => m.entityRef));
  const { items } = await sources.results.list({
    offering: offeringRef,
    sort: 'entityRef',
    order: 'asc',
    limit: MAX_MEMBERS,
    offset: 0,
  });
  const refs = items.map(i => i.entityRef).filter(r => !notCounted.has(r));
  const members = (await sources.results.resultsOf(refs))
    .map(({ result }) => ({
      entityRef: result.entityRef,
      evaluatedAt: result.evaluatedAt,
      check: result.checks.find(c => c.id === checkId),
    }))
    .sort((a, b) => a.entityRef.localeCompare(b.entityRef));
  const failing = members.filter(
    m => !m.check || !MEMBER_PASSES.includes(m.check.status),
  );
  if (failing.length > 0) {
    const [first] = failing;
    const more = failing.length > 1 ? ` (and ${failing.length - 1} more)` : '';
    throw new ConflictError(
      first.check
        ? `${checkId} is ${first.check.status} on ${first.entityRef}: ${first.check.message}${more}`
        : `${checkId} is not evaluated on ${first.entityRef}${more}`,
    );
  }
  if (!members.some(m => m.check?.status === 'pass')) {
    throw new ConflictError(
      `${checkId} passes on no component of ${offeringRef}, so it is not proven`,
    );
  }
  return {
    summary: `${checkId} passes on all ${members.length} counted components of ${offeringRef}`,
    data: { entityRef: offeringRef, members },
  };
}

/** A service-level goal: the agreement's figures of the last closed month reach the target. */
async function serviceLevelGoal(
  goal: ImprovementGoal,
  sources: GoalSources,
  now: DateTime,
): Promise<GoalEvidence> {
  const agreementRef = goal.agreementRef!;
  const target = goal.target!;
  const month = lastClosedMonth(now);
  const [stored] = await sources.serviceLevels.list(agreementRef, month, month);
  if (!stored) {
    throw new ConflictError(`no figures for ${month} on ${agreementRef}`);
  }
  const data = {
    agreementRef,
    month,
    frozen: !!stored.frozenAt,
    figures: stored.figures,
  };
  if (goal.metric === 'availability') {
    const percent = stored.figures.availability?.percent;
    if (percent === undefined || percent === null) {
      throw new ConflictError(
        `no availability figure for ${agreementRef} in ${month}`,
      );
    }
    if (percent < target) {
      throw new ConflictError(
        `availability was ${percent}% in ${month}, the goal is ${target}%`,
      );
    }
    return {
      summary: `availability was ${percent}% in ${month} (goal ${target}%)`,
      data,
    };
  }
  // No decided incident proves nothing: an attainment of null is not 100%.
  const decided = stored.figures.targets.filter(t => t.attainment !== null);
  if (decided.length === 0) {
    throw new ConflictError(
      `no incident was decided on ${agreementRef} in ${month}, so attainment is not proven`,
    );
  }
  const lowest = decided.reduce((a, b) =>
    b.attainment! < a.attainment! ? b : a,
  );
  const figure = `${lowest.attainment}% (${lowest.priority} ${lowest.metric})`;
  if (lowest.attainment! < target) {
    throw new ConflictError(
      `the lowest attainment was ${figure} in ${month}, the goal is ${target}%`,
    );
  }
  return {
    summary: `the lowest attainment was ${figure} in ${month} (goal ${target}%)`,
    data,
  };
}
