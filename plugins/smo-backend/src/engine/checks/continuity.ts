import { SMO_ANNOTATIONS } from '@smo-backstage/plugin-smo-common';
import { Duration } from 'luxon';
import { attestationCheck } from './attestation';
import { BuiltinCheck, fail, pass, severity } from './types';

const OBJECTIVES = [SMO_ANNOTATIONS.rto, SMO_ANNOTATIONS.rpo];

/** Validity per value seen: parsing costs more than the rest of the check, and a portfolio repeats a few values. */
const durations = new Map<string, boolean>();

function isDuration(value: string): boolean {
  let valid = durations.get(value);
  if (valid === undefined) {
    if (durations.size >= 1000) durations.clear();
    valid = Duration.fromISO(value).isValid;
    durations.set(value, valid);
  }
  return valid;
}

export const continuityChecks: BuiltinCheck[] = [
  {
    id: 'continuity.recovery-objectives',
    level: 'design-ready',
    title: 'Recovery objectives (RTO/RPO)',
    category: 'continuity',
    severity: severity('blocking', 'advisory'),
    weight: 2,
    howToFix: `Add the annotations ${OBJECTIVES.join(
      ' and ',
    )} as ISO-8601 durations, e.g. PT4H and PT15M.`,
    evaluate: s => {
      const annotations = s.entity.metadata.annotations ?? {};
      const problems = OBJECTIVES.flatMap(name => {
        const value = annotations[name];
        if (value === undefined) return [`${name} is not set`];
        return isDuration(value)
          ? []
          : [`${name} '${value}' is not an ISO-8601 duration`];
      });
      return problems.length === 0
        ? pass(
            `RTO ${annotations[SMO_ANNOTATIONS.rto]}, RPO ${
              annotations[SMO_ANNOTATIONS.rpo]
            }`,
          )
        : fail(problems.join('; '));
    },
  },
  attestationCheck({
    id: 'continuity.restore-tested',
    level: 'operation-ready',
    type: 'restore-tested',
    title: 'Restore tested',
    category: 'continuity',
    validityDays: 180,
    critical: 'blocking',
    other: 'advisory',
    what: 'a restore from backup has been tested',
  }),
];
