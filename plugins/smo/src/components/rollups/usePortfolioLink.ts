import {
  routeResolutionApiRef,
  useApiHolder,
} from '@backstage/frontend-plugin-api';
import { useLocation } from 'react-router-dom';
import { rootRouteRef } from '../../routes';

/** Where the legacy frontend system mounts the portfolio page (docs/install.md). */
const LEGACY_PATH = '/smo';

/**
 * The SMO page's URL. The new frontend system resolves the page's route (its path can be configured); the legacy one
 * has no route resolution API, and its apps mount the page at `/smo`.
 */
function useSmoPageBase(): string {
  const { pathname } = useLocation();
  const resolver = useApiHolder().get(routeResolutionApiRef);
  let base: string | undefined;
  try {
    base = resolver?.resolve(rootRouteRef, { sourcePath: pathname })?.();
  } catch {
    base = undefined;
  }
  return base ?? LEGACY_PATH;
}

/** The portfolio page's URL with `search` (e.g. `offering=serviceoffering:default/online-checkout`). */
export function usePortfolioLink(search: string): string {
  return `${useSmoPageBase()}?${search}`;
}

/** A page under the SMO page, from elsewhere in the app: `campaigns/techdocs-2026` → `/smo/campaigns/techdocs-2026`. */
export function useSmoPageLink(path: string): string {
  return `${useSmoPageBase().replace(/\/$/, '')}/${path}`;
}
