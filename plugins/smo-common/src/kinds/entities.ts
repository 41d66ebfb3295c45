import { Entity } from '@backstage/catalog-model';
import { SMO_API_VERSION, SMO_KINDS } from './constants';

/** ITIL service portfolio stage. @public */
export type ServiceLifecycle = 'pipeline' | 'transition' | 'live' | 'retired';

/** A business-facing or technical service in the service catalogue. @public */
export interface ServiceOfferingEntity extends Entity {
  apiVersion: typeof SMO_API_VERSION;
  kind: 'ServiceOffering';
  spec: {
    type: 'business' | 'technical';
    lifecycle: ServiceLifecycle;
    owner: string;
    criticality: 'tier-1' | 'tier-2' | 'tier-3' | 'tier-4';
    supportGroup?: string;
    changeApprovalGroup?: string;
    serviceLevelAgreements?: string[];
    components?: string[];
    system?: string;
    dependsOn?: string[];
  };
}

/** Incident priority an SLA target applies to. @public */
export type SlaPriority = 'P1' | 'P2' | 'P3' | 'P4';

/** One SLA target: e.g. P1 response within PT15M. @public */
export type SlaTarget = {
  priority: SlaPriority;
  metric: 'response' | 'resolution';
  /** ISO-8601 duration, e.g. `PT15M`. */
  target: string;
};

/** A service level agreement, operational-level agreement or underpinning contract. @public */
export interface ServiceLevelAgreementEntity extends Entity {
  apiVersion: typeof SMO_API_VERSION;
  kind: 'ServiceLevelAgreement';
  spec: {
    type: 'sla' | 'ola' | 'uc';
    status: 'draft' | 'active' | 'expired' | 'retired';
    owner: string;
    customer?: string;
    serviceHours?: string;
    /** ISO date. */
    validFrom?: string;
    /** ISO date. */
    validUntil?: string;
    availability?: number;
    targets: SlaTarget[];
    underpinnedBy?: string[];
  };
}

/** ITIL practices a ProcessOwner can own. @public */
export const SMO_PRACTICES = [
  'incident-management',
  'problem-management',
  'change-enablement',
  'service-level-management',
  'service-request-management',
  'release-management',
  'continual-improvement',
  'information-security-management',
] as const;

/** @public */
export type Practice = (typeof SMO_PRACTICES)[number];

/** The person or group accountable for an ITIL practice, organisation-wide or for a scope. @public */
export interface ProcessOwnerEntity extends Entity {
  apiVersion: typeof SMO_API_VERSION;
  kind: 'ProcessOwner';
  spec: {
    practice: Practice;
    owner: string;
    managers?: string[];
    /** Empty or absent: organisation-wide. */
    scope?: string[];
  };
}

// `toLowerCase` maps as `toLocaleLowerCase('en-US')` does (English has no special casings), but V8 resolves the locale
// on every call of the latter, ~30x slower; these guards run on every index lookup of the readiness engine.
const isKind = <T extends Entity>(kind: string) => {
  const lower = kind.toLowerCase();
  return (entity: Entity): entity is T =>
    entity.apiVersion === SMO_API_VERSION &&
    entity.kind.toLowerCase() === lower;
};

/** @public */
export const isServiceOfferingEntity = isKind<ServiceOfferingEntity>(
  SMO_KINDS.serviceOffering,
);
/** @public */
export const isServiceLevelAgreementEntity =
  isKind<ServiceLevelAgreementEntity>(SMO_KINDS.serviceLevelAgreement);
/** @public */
export const isProcessOwnerEntity = isKind<ProcessOwnerEntity>(
  SMO_KINDS.processOwner,
);
