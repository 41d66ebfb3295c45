/**
 * Where the SMO catalog module serves the catalog's change signal, under the catalog plugin's base URL
 * (`/api/catalog/smo/changes?kind=…`), for the readiness sweep.
 *
 * @public
 */
export const CATALOG_CHANGES_PATH = '/smo/changes';

/**
 * The catalog's change signal for one kind: how many stitched entities of the kind there are and a digest that changes
 * whenever one of them is added, changed or deleted.
 *
 * @public
 */
export interface CatalogKindChanges {
  /** The kind, lower case (as the catalog's search table keeps it). */
  kind: string;
  /** Stitched entities of the kind. */
  count: number;
  /**
   * SHA-256 over each entity's id and stitched hash, in id order. The catalog gives an entity a new hash whenever its
   * stitched form changes, so this changes whenever an entity of the kind is added, changed or deleted.
   */
  digest: string;
}
