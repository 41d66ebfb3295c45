export { EntityGovernanceContent } from './EntityGovernanceContent';
export type { EntityGovernanceContentProps } from './EntityGovernanceContent';
export { useGovernance } from './GovernanceContext';
export type { GovernanceContextValue } from './GovernanceContext';
