import { attestationCheck } from './attestation';

export const releaseChecks = [
  attestationCheck({
    id: 'release.rollback-tested',
    level: 'transition-ready',
    type: 'rollback-tested',
    title: 'Rollback tested',
    category: 'release',
    validityDays: 180,
    critical: 'advisory',
    other: 'advisory',
    what: 'a rollback of a release has been tested',
  }),
];
