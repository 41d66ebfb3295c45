import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * A CatalogService over arrays, paging with cursors like the real one. It filters by kind only (all
 * the SMO reads need) and skips field projection, so it measures our side of the sweep, not the
 * catalog's database; the real catalog's paging cost is reported separately in the bench output.
 */
export function inMemoryCatalog(entities: Entity[]): CatalogService {
  const byKind = new Map<string, Entity[]>();
  for (const e of entities) {
    const kind = e.kind.toLocaleLowerCase('en-US');
    byKind.set(kind, [...(byKind.get(kind) ?? []), e]);
  }
  const cursors = new Map<string, { items: Entity[]; offset: number }>();
  let nextId = 0;
  const page = (items: Entity[], offset: number, limit: number) => {
    const slice = items.slice(offset, offset + limit);
    let nextCursor: string | undefined;
    if (offset + limit < items.length) {
      nextCursor = String(nextId++);
      cursors.set(nextCursor, { items, offset: offset + limit });
    }
    return { items: slice, totalItems: items.length, pageInfo: { nextCursor } };
  };
  return {
    async queryEntities(request: any) {
      const limit = request?.limit ?? 1000;
      if (request?.cursor) {
        const c = cursors.get(request.cursor)!;
        cursors.delete(request.cursor);
        return page(c.items, c.offset, limit);
      }
      const filters = [request?.filter ?? {}].flat() as Record<
        string,
        string | string[]
      >[];
      const items = filters.flatMap(f =>
        [f.kind]
          .flat()
          .flatMap(k => byKind.get(String(k).toLocaleLowerCase('en-US')) ?? []),
      );
      return page(items, 0, limit);
    },
  } as unknown as CatalogService;
}
