import { Entity } from '@backstage/catalog-model';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateCatalog } from '../lib/generateCatalog';

/** The annotation by which a Component claims the offerings it delivers (plugin-smo-common SMO_ANNOTATIONS). */
const OFFERING_ANNOTATION = 'smo.backstage.io/service-offering';

/**
 * The seeded catalog of bench/lib/generateCatalog as a catalog file: relations are dropped (the
 * catalog derives them) and a Component's `delivers` relation becomes the offering annotation
 * from which the SMO catalog module (ours) derives it again. Same seed, same bytes.
 */
export function writeCatalogFile(size: number, file: string) {
  const { components, related } = generateCatalog(size);
  const docs: Entity[] = [
    ...related.map(({ relations: _relations, ...entity }) => entity),
    ...components.map(({ relations, ...entity }) => {
      const offerings = (relations ?? [])
        .filter(r => r.type === 'delivers')
        .map(r => r.targetRef.replace(/^serviceoffering:default\//, ''));
      if (offerings.length === 0) return entity;
      return {
        ...entity,
        metadata: {
          ...entity.metadata,
          annotations: {
            ...entity.metadata.annotations,
            [OFFERING_ANNOTATION]: offerings.join(','),
          },
        },
      };
    }),
  ];
  if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true });
  // JSON documents are YAML documents; one per entity.
  writeFileSync(file, docs.map(d => `---\n${JSON.stringify(d)}\n`).join(''));
  const kinds: Record<string, number> = {};
  for (const d of docs) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
  return {
    kinds,
    total: docs.length,
    componentRefs: components.map(c => c.metadata.name),
  };
}
