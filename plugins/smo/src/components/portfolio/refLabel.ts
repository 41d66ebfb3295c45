import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';

/** A ref as people write it (`team-payments`, `ops/team-x`, `system:payments`), for drop-downs and tile rows. */
export function refLabel(ref: string, defaultKind: string): string {
  return humanizeEntityRef(parseEntityRef(ref), { defaultKind });
}
