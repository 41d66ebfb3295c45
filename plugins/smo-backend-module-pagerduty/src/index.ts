/**
 * Backend module for the SMO plugin: incidents from PagerDuty (REST API v2) as an incident source of service-level
 * management.
 *
 * @packageDocumentation
 */

export { smoModulePagerDuty as default } from './module';
export {
  PagerDutyIncidentSource,
  type PagerDutyIncidentSourceOptions,
} from './PagerDutyIncidentSource';
export {
  PagerDutyClient,
  type PagedList,
  type PagerDutyClientOptions,
  type PagerDutyFetch,
} from './PagerDutyClient';
export { readPagerDutyConfig, type PagerDutyConfig } from './config';
