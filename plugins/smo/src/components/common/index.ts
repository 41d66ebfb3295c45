export * from './agreementStanding';
export * from './durations';
export * from './targets';
export { DetailsTable } from './DetailsTable';
export { RelatedEntitiesCard } from './RelatedEntitiesCard';
export type { RelatedEntitiesCardProps } from './RelatedEntitiesCard';
export { SpecRef, SpecRefs } from './SpecRef';
export { StandingStatus } from './StandingStatus';
export { TargetSummary } from './TargetSummary';
