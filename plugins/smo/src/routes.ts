import { createRouteRef } from '@backstage/frontend-plugin-api';

/** Path of the Governance tab under an entity page, in both frontend systems. */
export const GOVERNANCE_TAB_PATH = 'governance';

/** Path of the Service levels tab of agreements and offerings, in both frontend systems. */
export const SERVICE_LEVELS_TAB_PATH = 'service-levels';

/** The SMO portfolio page (new frontend system). */
export const rootRouteRef = createRouteRef();

/** Path of a campaign's page under the SMO page, in both frontend systems: `/smo/campaigns/<id>`. */
export const campaignPath = (id: string) =>
  `campaigns/${encodeURIComponent(id)}`;

/** Path of an improvement's page under the SMO page, in both frontend systems: `/smo/improvements/<id>`. */
export const improvementPath = (id: string) =>
  `improvements/${encodeURIComponent(id)}`;
