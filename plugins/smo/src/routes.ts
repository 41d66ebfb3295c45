import { createRouteRef } from '@backstage/frontend-plugin-api';

/** Path of the Governance tab under an entity page, in both frontend systems. */
export const GOVERNANCE_TAB_PATH = 'governance';

/** Path of the Service levels tab of agreements and offerings, in both frontend systems. */
export const SERVICE_LEVELS_TAB_PATH = 'service-levels';

/** The SMO portfolio page (new frontend system). */
export const rootRouteRef = createRouteRef();
