/**
 * Extension points of the SMO backend for other backend modules.
 *
 * @packageDocumentation
 */

export * from './extensions';
export * from './incidents';
