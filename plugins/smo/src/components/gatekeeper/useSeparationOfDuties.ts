import {
  configApiRef,
  identityApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import {
  readSeparationOfDuties,
  SeparationOfDuties,
} from '@smo-backstage/plugin-smo-common';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';

/**
 * The separation-of-duties rules in force (the backend's `smo.separationOfDuties`, shown to the frontend) and the
 * signed-in user's ref, so a card can say why it does not offer an action instead of letting the backend refuse it.
 * `me` is undefined while the identity loads; the backend stays the judge.
 */
export function useSeparationOfDuties(): {
  rules: SeparationOfDuties;
  me?: string;
} {
  const config = useApi(configApiRef);
  const identity = useApi(identityApiRef);
  const rules = useMemo(() => readSeparationOfDuties(config), [config]);
  const { value } = useAsync(() => identity.getBackstageIdentity(), [identity]);
  return { rules, me: value?.userEntityRef };
}
