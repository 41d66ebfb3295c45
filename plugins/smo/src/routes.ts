import { createRouteRef } from '@backstage/frontend-plugin-api';

/** Path of the Governance tab under an entity page, in both frontend systems. */
export const GOVERNANCE_TAB_PATH = 'governance';

/** The SMO portfolio page (new frontend system). */
export const rootRouteRef = createRouteRef();
