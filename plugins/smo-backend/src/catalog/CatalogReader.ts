import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SMO_KINDS } from '@smo-backstage/plugin-smo-common';
import { entityKey, refKey } from './refs';

/** Fields checks read from scored entities; everything else is left in the catalog. */
const SCORED_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.annotations',
  'metadata.links',
  'spec',
  'relations',
];
/** What a report shows of an entity besides what checks read. */
const TITLED_FIELDS = [...SCORED_FIELDS, 'metadata.title'];
/** Entities only looked up by ref: kind and name are all checks need, plus a system's domain. */
const REF_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.domain',
];
const PAGE_SIZE = 1000;

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

  /** Every entity the configured filter selects for scoring. */
  readScored(): Promise<Entity[]> {
    return this.readAll(this.entityFilter, SCORED_FIELDS);
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
      this.readAll({ kind: ['Group', 'User', 'System', 'Domain'] }, REF_FIELDS),
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
        { entityRefs: refs.slice(i, i + PAGE_SIZE), fields: TITLED_FIELDS },
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
      TITLED_FIELDS,
      caller,
    );
  }

  private async readAll(
    filter:
      | Record<string, string | string[]>[]
      | Record<string, string | string[]>,
    fields: string[] | undefined,
    caller?: BackstageCredentials,
  ): Promise<Entity[]> {
    const credentials = caller ?? (await this.auth.getOwnServiceCredentials());
    const entities: Entity[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE, fields }
          : { filter, limit: PAGE_SIZE, fields },
        { credentials },
      );
      entities.push(...page.items);
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return entities;
  }
}
