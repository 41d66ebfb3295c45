import { MonthStatus } from '@smo-backstage/plugin-smo-common';
import { AgreementRef, inForce, Subject } from '../subject';
import { underpinningAgreements } from '../../catalog/agreements';
import {
  BuiltinCheck,
  displayRef,
  fail,
  list,
  notApplicable,
  pass,
  severity,
  unknown,
} from './types';

/** The SLA the service-level checks judge: the first governing SLA in force today. */
function slaInForce(s: Subject): AgreementRef | undefined {
  return s.slas.find(sla => inForce(s, sla));
}

/** Why an agreement is not in force, e.g. "SLA payments-gold is active but expired on 2026-03-31". */
function whyNotInForce(s: Subject, sla: AgreementRef): string {
  const { status, validFrom, validUntil } = sla.entity.spec;
  const name = `SLA ${displayRef(sla.key)}`;
  if (status !== 'active') return `${name} is ${status}`;
  const { from, until } = s.index.agreementWindow(sla.key);
  const now = s.now.toMillis();
  if (until && now > until.toMillis())
    return `${name} is active but expired on ${validUntil}`;
  if (from && now < from.toMillis())
    return `${name} is active but only valid from ${validFrom}`;
  return `${name} is not in force`;
}

const noSla = (s: Subject) =>
  unknown(
    s.slas.length === 0
      ? 'no SLA governs the delivered offerings, so there are no targets to check'
      : 'no governing SLA is in force, so its targets cannot be checked',
  );

/** The fact the service-level figures give every entity (see serviceLevels/serviceLevelFacts.ts). */
export const SERVICE_LEVEL_FACT = 'smo.service-levels';

/**
 * The last closed month's results per agreement, the same for every entity; or why they could not be read. Absent
 * when no incident source is configured.
 */
export type ServiceLevelFact =
  | {
      month: string;
      agreements: Record<string, { status: MonthStatus; summary: string[] }>;
    }
  | { error: string };

const REQUIRED_TARGETS = ['P1', 'P2'].flatMap(priority =>
  ['response', 'resolution'].map(metric => ({ priority, metric })),
);

export const serviceLevelChecks: BuiltinCheck[] = [
  {
    id: 'sla.in-force',
    level: 'design-ready',
    offeringLevel: true,
    title: 'An SLA is in force',
    category: 'service-level',
    severity: severity('blocking', 'advisory'),
    weight: 3,
    howToFix:
      "Reference an SLA (type: sla) from a delivered offering's spec.serviceLevelAgreements, with status active and a validity window that includes today.",
    evaluate: s => {
      const sla = slaInForce(s);
      if (sla) return pass(`SLA ${displayRef(sla.key)} is active and in force`);
      if (s.offerings.length === 0)
        return fail('delivers no offering, so no SLA governs it');
      if (s.slas.length === 0) {
        return fail(
          `no SLA (type: sla) governs ${list(s.offerings.map(o => o.key))}`,
        );
      }
      return fail(s.slas.map(sla2 => whyNotInForce(s, sla2)).join('; '));
    },
  },
  {
    id: 'sla.priority-targets',
    level: 'transition-ready',
    offeringLevel: true,
    title: 'The SLA has P1 and P2 targets',
    category: 'service-level',
    severity: severity('blocking', 'advisory'),
    weight: 2,
    howToFix:
      'Add response and resolution targets for P1 and P2 to spec.targets of the SLA in force.',
    evaluate: s => {
      const sla = slaInForce(s);
      if (!sla) return noSla(s);
      const missing = REQUIRED_TARGETS.filter(
        r =>
          !sla.entity.spec.targets.some(
            t => t.priority === r.priority && t.metric === r.metric,
          ),
      ).map(r => `${r.priority} ${r.metric}`);
      return missing.length === 0
        ? pass(
            `SLA ${displayRef(
              sla.key,
            )} has P1 and P2 response and resolution targets`,
          )
        : fail(
            `SLA ${displayRef(sla.key)} lacks targets for ${missing.join(
              ', ',
            )}`,
          );
    },
  },
  {
    id: 'sla.underpinned',
    level: 'operation-ready',
    offeringLevel: true,
    title: 'The SLA is underpinned by an OLA or UC',
    category: 'service-level',
    severity: severity('advisory', 'advisory'),
    weight: 1,
    howToFix:
      'List an in-force OLA or underpinning contract in spec.underpinnedBy of the SLA in force.',
    evaluate: s => {
      const sla = slaInForce(s);
      if (!sla) return noSla(s);
      const underpinning = s.index.derived(sla.entity, underpinningAgreements);
      const valid = underpinning.filter(
        u =>
          (u.entity.spec.type === 'ola' || u.entity.spec.type === 'uc') &&
          inForce(s, u),
      );
      if (valid.length > 0) {
        return pass(
          `SLA ${displayRef(sla.key)} is underpinned by ${list(
            valid.map(v => v.key),
          )}`,
        );
      }
      return fail(
        underpinning.length === 0
          ? `SLA ${displayRef(
              sla.key,
            )} lists no underpinning OLA or UC that exists in the catalog`
          : `none of ${list(
              underpinning.map(u => u.key),
            )} underpinning SLA ${displayRef(
              sla.key,
            )} is an OLA or UC in force`,
      );
    },
  },
  {
    id: 'sla.attainment',
    level: 'improving',
    offeringLevel: true,
    title: 'The SLAs were met last month',
    category: 'service-level',
    severity: severity('advisory', 'advisory'),
    weight: 2,
    howToFix:
      "Open the SLA's service levels for the breaching incidents and the OLA or supplier that missed its part; fix the cause (a problem record, an improvement) — the check passes again after a closed month that meets every target.",
    evaluate: s => {
      const fact = s.facts[SERVICE_LEVEL_FACT] as ServiceLevelFact | undefined;
      if (!fact) {
        return notApplicable(
          'no incident source is configured, so service levels are not measured',
        );
      }
      if ('error' in fact) {
        return unknown(
          `the service-level figures could not be read: ${fact.error}`,
        );
      }
      const measured = s.slas.flatMap(sla => {
        const result = fact.agreements[sla.key];
        return result ? [{ key: sla.key, ...result }] : [];
      });
      if (measured.length === 0) {
        return notApplicable(
          s.slas.length === 0
            ? 'no SLA governs the delivered offerings'
            : `no SLA of the delivered offerings was in force in ${fact.month}`,
        );
      }
      // `SLA gold was breached in 2026-10: …`, per SLA: the breached ones when there are any, else all of them.
      const told = (slas: typeof measured, verb: string) =>
        slas
          .map(
            m =>
              `SLA ${displayRef(m.key)} was ${verb} in ${
                fact.month
              }: ${m.summary.join('; ')}`,
          )
          .join('; ');
      const breached = measured.filter(m => m.status === 'breached');
      return breached.length > 0
        ? fail(told(breached, 'breached'))
        : pass(told(measured, 'met'));
    },
  },
];
