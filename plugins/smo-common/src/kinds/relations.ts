/**
 * Relation types the SMO catalog module emits, each with its reverse. `ownedBy`/`ownerOf`, `partOf`/`hasPart`
 * and `dependsOn`/`dependencyOf` are Backstage's own and come from `@backstage/catalog-model`.
 *
 * @public
 */
export const SMO_RELATIONS = {
  deliveredBy: 'deliveredBy',
  delivers: 'delivers',
  governedBy: 'governedBy',
  governs: 'governs',
  supportedBy: 'supportedBy',
  supports: 'supports',
  underpinnedBy: 'underpinnedBy',
  underpins: 'underpins',
  processOwnerOf: 'processOwnerOf',
  hasProcessOwner: 'hasProcessOwner',
} as const;
