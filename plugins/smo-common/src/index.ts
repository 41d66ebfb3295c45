/**
 * Isomorphic types, constants and permissions shared by the SMO plugins.
 *
 * @packageDocumentation
 */

export * from './kinds/constants';
export * from './readiness/types';
