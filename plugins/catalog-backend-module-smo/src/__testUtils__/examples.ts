import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** examples/all.yaml of the repository: the example portfolio the demo loads. */
export const EXAMPLES_LOCATION = path.resolve(
  __dirname,
  '../../../../examples/all.yaml',
);

function readEntities(file: string): Entity[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(doc => doc.toJS() as Entity | null)
    .filter((e): e is Entity => Boolean(e?.kind));
}

/** Every entity the example Location and the files it targets define (missing targets are skipped). */
export function exampleEntities(): Entity[] {
  const entities = readEntities(EXAMPLES_LOCATION);
  const targets = entities
    .filter(e => e.kind === 'Location')
    .flatMap(e => (e.spec?.targets as string[] | undefined) ?? [])
    .map(target => path.resolve(path.dirname(EXAMPLES_LOCATION), target))
    .filter(file => fs.existsSync(file));
  return [...entities, ...targets.flatMap(readEntities)];
}

/** Lower-case entity refs, as the catalog API spells them. */
export const refOf = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');
