/**
 * Catalog backend module for the SMO entity kinds: ServiceOffering, ServiceLevelAgreement and
 * ProcessOwner (`smo.backstage.io/v1alpha1`), with their validation and relations.
 *
 * @packageDocumentation
 */

export { catalogModuleSmo as default } from './module';
export { SmoEntitiesProcessor } from './SmoEntitiesProcessor';
