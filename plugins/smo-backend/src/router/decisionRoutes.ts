import { DecisionLogService, EvidenceService } from '../service/interfaces';
import { Authenticate } from './authenticate';
import { SmoRouter } from './openApiRouter';

/** The append-only decision log, frozen snapshots, and what expires soon. Read-only. */
export function decisionRoutes(
  router: SmoRouter,
  options: {
    auth: Authenticate;
    decisions: DecisionLogService;
    evidence: EvidenceService;
  },
) {
  const { auth, decisions, evidence } = options;

  router.get('/decisions', async (req, res) => {
    const { entityRef, limit, offset } = req.query;
    res.json({
      items: await decisions.list(
        { entityRef, limit: limit!, offset },
        await auth.reader(req),
      ),
    });
  });

  router.get('/snapshots/:id', async (req, res) => {
    res.json(
      await decisions.getSnapshot(req.params.id, await auth.reader(req)),
    );
  });

  router.get('/expiring', async (req, res) => {
    // The validator has filled in the document's defaults.
    const days = req.query.days!;
    const soon = await evidence.expiringWithin(
      days,
      req.query.limit!,
      await auth.reader(req),
    );
    res.json({ days, ...soon });
  });
}
