import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { SMO_ANNOTATIONS } from './constants';

// `toLowerCase` rather than `toLocaleLowerCase('en-US')`: the same mapping (English has no special casings), but V8
// resolves the locale on every call of the latter, which made claims the costliest step of an evaluation.
function refOf(
  value: unknown,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(value.trim(), { defaultKind, defaultNamespace }),
    ).toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Whether a component confirms a ServiceOffering's claim over it (the offering lists it in `spec.components`): its
 * `smo.backstage.io/service-offering` annotation names the offering, or both have the same owner. Only a confirmed
 * claim gives the offering's tier, agreements and service owner to the component — anyone who can register an
 * offering could otherwise raise or lower another team's tier and make themselves its service owner. @public
 */
export function offeringClaimConfirmed(
  component: Entity,
  offering: Entity,
): boolean {
  const namespace = component.metadata.namespace ?? 'default';
  const annotation =
    component.metadata.annotations?.[SMO_ANNOTATIONS.serviceOffering];
  if (annotation) {
    const offeringRef = stringifyEntityRef(offering).toLowerCase();
    const named = annotation
      .split(',')
      .some(ref => refOf(ref, 'ServiceOffering', namespace) === offeringRef);
    if (named) return true;
  }
  const componentOwner = refOf(component.spec?.owner, 'Group', namespace);
  const offeringOwner = refOf(
    offering.spec?.owner,
    'Group',
    offering.metadata.namespace ?? 'default',
  );
  return !!componentOwner && componentOwner === offeringOwner;
}
