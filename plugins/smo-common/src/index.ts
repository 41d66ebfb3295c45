/**
 * Isomorphic types, constants and permissions shared by the SMO plugins.
 *
 * @packageDocumentation
 */

export * from './kinds/constants';
export * from './kinds/entities';
export * from './handover/types';
export * from './handover/separationOfDuties';
export * from './kinds/relations';
export * from './kinds/offeringClaims';
export * from './permissions';
export * from './readiness/evidence';
export * from './readiness/types';
