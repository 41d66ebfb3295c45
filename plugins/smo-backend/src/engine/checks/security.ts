import { attestationCheck } from './attestation';

export const securityChecks = [
  attestationCheck({
    id: 'security.review',
    level: 'transition-ready',
    type: 'security-review',
    title: 'Security review',
    category: 'security',
    validityDays: 365,
    critical: 'blocking',
    other: 'advisory',
    what: 'a security review has been completed',
  }),
];
