import { createApiRef } from '@backstage/frontend-plugin-api';

/** Health of the SMO backend. @public */
export interface SmoHealth {
  status: 'ok';
}

/** Typed access to the SMO backend (`/api/smo`). @public */
export interface SmoApi {
  getHealth(): Promise<SmoHealth>;
}

/** @public */
export const smoApiRef = createApiRef<SmoApi>({ id: 'plugin.smo.api' });
