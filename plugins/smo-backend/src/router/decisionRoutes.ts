import { NotFoundError } from '@backstage/errors';
import { EvidenceService } from '../gatekeeper/EvidenceService';
import { Gatekeeper } from '../store/Gatekeeper';
import { Access } from './access';
import { SmoRouter } from './openApiRouter';

/** The append-only decision log, frozen snapshots, and what expires soon. Read-only. */
export function decisionRoutes(
  router: SmoRouter,
  options: {
    access: Access;
    gatekeeper: Gatekeeper;
    evidence: EvidenceService;
  },
) {
  const { access, gatekeeper, evidence } = options;

  router.get('/decisions', async (req, res) => {
    const credentials = await access.reader(req);
    const query = req.query;
    const entityRef =
      query.entityRef &&
      (await access.visibleEntity(query.entityRef, credentials));
    const items = await gatekeeper.stores.log.list({
      entityRef,
      limit: query.limit,
      offset: query.offset,
    });
    res.json({ items: await access.visibleOnly(items, credentials) });
  });

  router.get('/snapshots/:id', async (req, res) => {
    const credentials = await access.reader(req);
    const { id } = req.params;
    const snapshot = await gatekeeper.stores.log.getSnapshot(id);
    if (!snapshot) throw new NotFoundError(`No snapshot ${id}`);
    await access.visibleEntityOf(
      snapshot.entityRef,
      credentials,
      `No snapshot ${id}`,
    );
    res.json(snapshot);
  });

  router.get('/expiring', async (req, res) => {
    const credentials = await access.reader(req);
    // The validator has filled in the document's defaults.
    const days = req.query.days!;
    const limit = req.query.limit!;
    const soon = await evidence.expiringWithin(days);
    const soonestFirst = <T>(items: T[], end: (item: T) => string) =>
      [...items].sort((a, b) => end(a).localeCompare(end(b))).slice(0, limit);
    res.json({
      days,
      waivers: soonestFirst(
        await access.visibleOnly(soon.waivers, credentials),
        w => w.expiresAt,
      ),
      attestations: soonestFirst(
        await access.visibleOnly(soon.attestations, credentials),
        a => a.validUntil,
      ),
    });
  });
}
