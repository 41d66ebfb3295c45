import { ServiceOfferingEntity } from '@smo-backstage/plugin-smo-common';
import { RelatedEntityIndex } from '../../catalog/RelatedEntityIndex';
import { resolveRef } from '../../catalog/refs';
import {
  BuiltinCheck,
  fail,
  list,
  notApplicable,
  pass,
  severity,
} from './types';

const noOffering = notApplicable('delivers no service offering');

// Resolved once per offering and index (see RelatedEntityIndex.derived), not for each component delivering it.

/** Whether the offering's `ref` (a group by default, in the offering's namespace) is of one of `kinds` in the catalog. */
function resolvesTo(
  offering: ServiceOfferingEntity,
  ref: string | undefined,
  kinds: string[],
  index: RelatedEntityIndex,
): boolean {
  const key = resolveRef(ref, {
    defaultKind: 'Group',
    defaultNamespace: offering.metadata.namespace ?? 'default',
  });
  return !!key && index.hasKind(key, kinds);
}

/** Whether the offering's owner is a Group or User in the catalog. */
const ownerResolves = (o: ServiceOfferingEntity, index: RelatedEntityIndex) =>
  resolvesTo(o, o.spec.owner, ['group', 'user'], index);

/** Whether the offering's support group is a Group in the catalog. */
const supportGroupResolves = (
  o: ServiceOfferingEntity,
  index: RelatedEntityIndex,
) => resolvesTo(o, o.spec.supportGroup, ['group'], index);

export const serviceCatalogueChecks: BuiltinCheck[] = [
  {
    id: 'offering.catalogued',
    level: 'design-ready',
    title: 'Delivers a catalogued service offering',
    category: 'service-catalogue',
    severity: severity('blocking', 'blocking'),
    weight: 3,
    howToFix:
      "List the component in a ServiceOffering's spec.components, or annotate it with smo.backstage.io/service-offering: <offering>. The offering must not be retired.",
    evaluate: s =>
      s.offerings.length > 0
        ? pass(`delivers ${list(s.offerings.map(o => o.key))}`)
        : fail('delivers no ServiceOffering that is not retired'),
  },
  {
    id: 'offering.owner',
    level: 'design-ready',
    offeringLevel: true,
    title: 'Service offerings have a resolvable owner',
    category: 'service-catalogue',
    severity: severity('blocking', 'blocking'),
    weight: 2,
    howToFix:
      "Set each offering's spec.owner to a Group or User that exists in the catalog.",
    evaluate: s => {
      if (s.offerings.length === 0) return noOffering;
      const bad = s.offerings.filter(
        ({ entity }) => !s.index.derived(entity, ownerResolves),
      );
      return bad.length === 0
        ? pass(`owners of ${list(s.offerings.map(o => o.key))} resolve`)
        : fail(
            bad
              .map(
                o =>
                  `${list([o.key])} is owned by '${
                    o.entity.spec.owner
                  }', which is not a Group or User in the catalog`,
              )
              .join('; '),
          );
    },
  },
  {
    id: 'offering.support-group',
    level: 'transition-ready',
    offeringLevel: true,
    title: 'Service offerings have a support group',
    category: 'service-catalogue',
    severity: severity('blocking', 'advisory'),
    weight: 2,
    howToFix:
      "Set each offering's spec.supportGroup to the operations Group that takes its incidents.",
    evaluate: s => {
      if (s.offerings.length === 0) return noOffering;
      const problems: string[] = [];
      for (const { key, entity } of s.offerings) {
        const group = entity.spec.supportGroup;
        if (!group) {
          problems.push(`${list([key])} has no supportGroup`);
          continue;
        }
        if (!s.index.derived(entity, supportGroupResolves)) {
          problems.push(
            `${list([
              key,
            ])} names support group '${group}', which is not a Group in the catalog`,
          );
        }
      }
      return problems.length === 0
        ? pass(`support groups of ${list(s.offerings.map(o => o.key))} resolve`)
        : fail(problems.join('; '));
    },
  },
];
