export * from './agreementStanding';
export * from './durations';
export * from './targets';
export { DetailsCard, DetailsTable } from './DetailsTable';
export {
  EntityTableCard,
  RelatedEntitiesCard,
  relatedEntitiesCard,
} from './RelatedEntitiesCard';
export type {
  EntityTableCardProps,
  RelatedEntitiesCardProps,
} from './RelatedEntitiesCard';
export { SpecRef, SpecRefs } from './SpecRef';
export { StandingStatus } from './StandingStatus';
export { TargetSummary } from './TargetSummary';
export { claimColumn } from './claimColumn';
