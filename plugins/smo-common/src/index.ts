/**
 * Isomorphic types, constants and permissions shared by the SMO plugins.
 *
 * @packageDocumentation
 */

export * from './kinds/constants';
export * from './kinds/catalogChanges';
export * from './kinds/entities';
export * from './handover/types';
export * from './handover/separationOfDuties';
export * from './handover/stateMachine';
export * from './handover/acceptance';
export * from './kinds/relations';
export * from './kinds/offeringClaims';
export * from './permissions';
export * from './readiness/evidence';
export * from './readiness/attestationValidity';
export * from './readiness/waiverInForce';
export * from './readiness/types';
export * from './readiness/rollup';
export * from './readiness/levels';
export * from './serviceLevels';
export {
  DefaultApiClient,
  pluginId as smoPluginId,
} from './schema/openapi/generated/apis';
export type * from './schema/openapi/generated/apis';
export * as SmoApiModels from './schema/openapi/generated/models';
export * from './improvement/campaigns';
export * from './improvement/improvements';
