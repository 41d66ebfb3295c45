import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SMO_KINDS } from '@smo-backstage/plugin-smo-common';
import { entityKey, refKey } from './refs';

/**
 * Fields checks read from scored entities, and the title the portfolio shows (stored with each result); everything
 * else is left in the catalog.
 */
const SCORED_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'metadata.links',
  'spec',
  'relations',
];
/** Entities only looked up by ref: kind and name are all checks need, plus a system's domain. */
const REF_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.domain',
];
type CatalogFilter =
  | Record<string, string | string[]>[]
  | Record<string, string | string[]>;
/** What tells whether an entity changed. */
const STAMP_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.etag',
];
const ORGANISATION_KINDS = ['Group', 'User', 'System', 'Domain'];
/** The kinds {@link CatalogReader.readRelated} reads. */
const RELATED_KINDS = [...Object.values(SMO_KINDS), ...ORGANISATION_KINDS];
const PAGE_SIZE = 1000;

const lowerKinds = (kinds: string[]) =>
  [...new Set(kinds.map(kind => kind.toLocaleLowerCase('en-US')))].sort();

/**
 * Batched, field-selected catalog reads for the readiness engine, as the plugin's own service
 * identity (permissions for callers are applied at the API).
 */
export class CatalogReader {
  private constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly entityFilter: Record<string, string | string[]>[],
  ) {}

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    entityFilter: Record<string, string | string[]>[];
  }) {
    return new CatalogReader(
      options.catalog,
      options.auth,
      options.entityFilter,
    );
  }

  /** Every entity the configured filter selects for scoring, a page at a time: a sweep never holds the catalog. */
  scoredPages(): AsyncGenerator<Entity[]> {
    return this.pages(this.entityFilter, SCORED_FIELDS);
  }

  /**
   * The ref and etag of every scored and every related entity: the narrow read by which a sweep tells whether anything
   * it would read changed (the catalog gives an entity a new etag whenever its stitched form changes).
   */
  async stamps(): Promise<{ scored: string[]; related: string[] }> {
    const stamp = (e: Entity) => `${entityKey(e)} ${e.metadata.etag ?? ''}`;
    const [scored, related] = await Promise.all([
      this.readAll(this.entityFilter, STAMP_FIELDS),
      this.readAll({ kind: [...RELATED_KINDS] }, STAMP_FIELDS),
    ]);
    return { scored: scored.map(stamp), related: related.map(stamp) };
  }

  /**
   * The kinds scored (lower case), when the entity filter selects by kind alone (as the default `kind: Component`
   * does); undefined when it also selects by anything else.
   */
  scoredKinds(): string[] | undefined {
    if (!this.entityFilter.every(f => Object.keys(f).join() === 'kind')) {
      return undefined;
    }
    return lowerKinds(this.entityFilter.flatMap(f => f.kind));
  }

  /** The kinds of the related entities (lower case), which {@link CatalogReader.stamps} also covers. */
  relatedKinds(): string[] {
    return lowerKinds(RELATED_KINDS);
  }

  /** The scored entity with this ref, or undefined when it does not exist or is not scored. */
  async readScoredOne(ref: {
    kind: string;
    namespace: string;
    name: string;
  }): Promise<Entity | undefined> {
    const filter = this.entityFilter.map(f => ({
      ...f,
      'metadata.namespace': ref.namespace,
      'metadata.name': ref.name,
    }));
    const entities = await this.readAll(filter, SCORED_FIELDS);
    return entities.find(e => refKey(e.kind) === refKey(ref.kind));
  }

  /**
   * The refs of the scored entities a caller may see, read with the caller's own credentials so the catalog applies
   * its permission conditions: for callers whose catalog read permission is conditional.
   */
  async visibleScoredRefs(
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const entities = await this.readAll(
      this.entityFilter,
      ['kind', 'metadata.namespace', 'metadata.name'],
      credentials,
    );
    return new Set(entities.map(entityKey));
  }

  /** The refs of the entities of `kind` the caller can see (for roll-up lists when their read is conditional). */
  async visibleRefs(
    kind: string,
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const entities = await this.readAll(
      { kind },
      ['kind', 'metadata.namespace', 'metadata.name'],
      credentials,
    );
    return new Set(entities.map(entityKey));
  }

  /** Everything checks look up by ref: SMO entities in full, organisation entities by name only. */
  async readRelated(): Promise<Entity[]> {
    const [smo, refs] = await Promise.all([
      this.readAll({ kind: Object.values(SMO_KINDS) }, undefined),
      this.readAll({ kind: [...ORGANISATION_KINDS] }, REF_FIELDS),
    ]);
    return [...smo, ...refs];
  }

  /**
   * The entities with these refs, with the fields scoring reads (relations, annotations, owner) and their title, in
   * pages: for the few entities a computation or a report needs by name. Unknown refs are left out; so are those the
   * caller cannot see when read as `caller`.
   */
  async readByRefs(
    refs: string[],
    caller?: BackstageCredentials,
  ): Promise<Entity[]> {
    const credentials = caller ?? (await this.auth.getOwnServiceCredentials());
    const entities: Entity[] = [];
    for (let i = 0; i < refs.length; i += PAGE_SIZE) {
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: refs.slice(i, i + PAGE_SIZE), fields: SCORED_FIELDS },
        { credentials },
      );
      entities.push(...items.filter((e): e is Entity => !!e));
    }
    return entities;
  }

  /** The ServiceOfferings `caller` can see, with their title and spec: the rows of the service-level portfolio. */
  readOfferings(caller: BackstageCredentials): Promise<Entity[]> {
    return this.readAll(
      { kind: SMO_KINDS.serviceOffering },
      SCORED_FIELDS,
      caller,
    );
  }

  private async readAll(
    filter: CatalogFilter,
    fields: string[] | undefined,
    caller?: BackstageCredentials,
  ): Promise<Entity[]> {
    const entities: Entity[] = [];
    for await (const page of this.pages(filter, fields, caller)) {
      entities.push(...page);
    }
    return entities;
  }

  private async *pages(
    filter: CatalogFilter,
    fields: string[] | undefined,
    caller?: BackstageCredentials,
  ): AsyncGenerator<Entity[]> {
    const credentials = caller ?? (await this.auth.getOwnServiceCredentials());
    let cursor: string | undefined;
    do {
      const page = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE, fields }
          : { filter, limit: PAGE_SIZE, fields },
        { credentials },
      );
      yield page.items;
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
  }
}
