import { CatalogChangeSignal } from '../catalog/CatalogChangeSignal';
import { CatalogReader } from '../catalog/CatalogReader';
import { ReadinessStore, StoredState } from '../store/ReadinessStore';
import { sameEntities, stampLines } from './sweepInputs';

/** The catalog's part of a sweep's inputs, as gathered before it decides whether to evaluate. */
export interface CatalogInputs {
  /** How the catalog told: by its change signal, or by every entity's etag. */
  source: 'signal' | 'etags';
  /** The catalog's lines of the sweep's fingerprint (`SweepInputs.catalog`). */
  lines: string[] | undefined;
  /** Whether the stored results are those of exactly the scored entities (a cleared store must be evaluated again). */
  storedMatch(): Promise<boolean>;
  /** The stored states, when gathering the inputs loaded them already. */
  previous?: Map<string, StoredState>;
}

/**
 * Reads the catalog's part of a sweep's inputs. With the catalog's change signal (count and digest of the stitched
 * entities per kind, see `CatalogChangeSignal`) for the scored and the related kinds, no entity is read: the digests
 * stand for the entities and the stored results are matched by count. That needs an entity filter by kind alone —
 * then the scored entities are exactly those of the kinds counted, and a store that holds as many results as there are
 * scored entities, with the catalog unchanged since the full sweep that wrote them, holds exactly theirs (only sweeps
 * remove results, and on-demand evaluations add only scored entities). Otherwise, or without a signal, every scored and
 * related entity's etag is read (the narrow pass) and the stored refs are compared one by one.
 */
export async function readCatalogInputs(options: {
  reader: CatalogReader;
  store: ReadinessStore;
  signal?: CatalogChangeSignal;
}): Promise<CatalogInputs> {
  const { reader, store, signal } = options;
  const scoredKinds = reader.scoredKinds();
  if (signal && scoredKinds) {
    const kinds = [...new Set([...scoredKinds, ...reader.relatedKinds()])];
    const changes = await signal.read(kinds.sort());
    if (changes) {
      const scored = changes
        .filter(c => scoredKinds.includes(c.kind))
        .reduce((sum, c) => sum + c.count, 0);
      return {
        source: 'signal',
        lines: [
          'signal',
          ...changes.map(c => `${c.kind} ${c.count} ${c.digest}`),
        ],
        storedMatch: async () => (await store.countStates()) === scored,
      };
    }
  }
  const [stamps, previous] = await Promise.all([
    reader.stamps(),
    store.loadStates(),
  ]);
  return {
    source: 'etags',
    lines: stampLines(stamps),
    storedMatch: async () => sameEntities(stamps.scored, previous),
    previous,
  };
}
