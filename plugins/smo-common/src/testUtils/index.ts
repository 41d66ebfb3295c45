/**
 * Test fixture builders of the SMO plugins: catalog entities, the shared test portfolio, gatekeeper records and
 * readiness results.
 * For tests only; not part of the main entry point.
 *
 * @packageDocumentation
 */

export * from './entities';
export * from './gatekeeper';
export * from './readiness';
export * from './portfolio';
