/** apiVersion of every SMO entity kind. @public */
export const SMO_API_VERSION = 'smo.backstage.io/v1alpha1';

/** The SMO entity kinds. @public */
export const SMO_KINDS = {
  serviceOffering: 'ServiceOffering',
  serviceLevelAgreement: 'ServiceLevelAgreement',
  processOwner: 'ProcessOwner',
} as const;

/** Annotations read by the SMO plugins. @public */
export const SMO_ANNOTATIONS = {
  serviceOffering: 'smo.backstage.io/service-offering',
  tier: 'smo.backstage.io/tier',
  onCall: 'smo.backstage.io/on-call',
  monitoring: 'smo.backstage.io/monitoring',
  runbook: 'smo.backstage.io/runbook',
  rto: 'smo.backstage.io/rto',
  rpo: 'smo.backstage.io/rpo',
} as const;
