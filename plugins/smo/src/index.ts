// New frontend system: the plugin is the default export (found by feature discovery, or `features: [smoPlugin]`).
export { smoPlugin as default, smoPlugin } from './plugin';
// Legacy frontend system: plugin, page, tab and card as named exports.
export {
  smoLegacyPlugin,
  smoRootRouteRef,
  SmoPortfolioPage,
  EntityGovernanceContent,
  EntityReadinessCard,
  EntityRollupContent,
  EntityServiceLevelsContent,
} from './plugin.legacy';
export type { EntityGovernanceContentProps } from './components/governance';
export { useGovernance } from './components/governance';
export type { GovernanceContextValue } from './components/governance';
export * from './api/SmoApi';
export { SmoClient } from './api/SmoClient';
