import { SMO_ANNOTATIONS } from '@smo-backstage/plugin-smo-common';
import { Duration } from 'luxon';
import { attestationCheck } from './attestation';
import { BuiltinCheck, fail, pass, severity } from './types';

const OBJECTIVES = [SMO_ANNOTATIONS.rto, SMO_ANNOTATIONS.rpo];

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
        return Duration.fromISO(value).isValid
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
