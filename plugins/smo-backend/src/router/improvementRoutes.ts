import { ImprovementService } from '../service/ImprovementService';
import { Authenticate } from './authenticate';
import { SmoRouter } from './openApiRouter';

/** The CSI register (raise, list, read, move, close, link evidence), its suggestions and the waiver debt. */
export function improvementRoutes(
  router: SmoRouter,
  options: { auth: Authenticate; improvements: ImprovementService },
) {
  const { auth, improvements } = options;

  router.get('/improvements', async (req, res) => {
    const { entityRef, status, limit, offset } = req.query;
    res.json(
      await improvements.list(
        { entityRef, status, limit: limit ?? 100, offset: offset ?? 0 },
        await auth.reader(req),
      ),
    );
  });

  router.post('/improvements', async (req, res) => {
    const { improvement, created } = await improvements.raise(
      req.body,
      await auth.user(req),
    );
    // A retry, or the same suggestion raised again, answers with the stored record; nothing new was written.
    res.status(created ? 201 : 200).json(improvement);
  });

  router.get('/improvements/:id', async (req, res) => {
    res.json(await improvements.get(req.params.id, await auth.reader(req)));
  });

  router.post('/improvements/:id/transitions', async (req, res) => {
    const { after } = await improvements.transition(
      req.params.id,
      req.body,
      await auth.user(req),
    );
    res.json(after);
  });

  router.post('/improvements/:id/close', async (req, res) => {
    const { after } = await improvements.close(
      req.params.id,
      req.body,
      await auth.user(req),
    );
    res.json(after);
  });

  router.post('/improvements/:id/evidence', async (req, res) => {
    const { after } = await improvements.linkEvidence(
      req.params.id,
      req.body,
      await auth.user(req),
    );
    res.json(after);
  });

  router.get('/improvement-suggestions', async (req, res) => {
    res.json({
      items: await improvements.suggestions(
        req.query.limit ?? 100,
        await auth.reader(req),
      ),
    });
  });

  router.get('/waiver-debt', async (req, res) => {
    const { by, limit, offset } = req.query;
    res.json(
      await improvements.waiverDebt(
        { by: by ?? 'team', limit: limit ?? 100, offset: offset ?? 0 },
        await auth.reader(req),
      ),
    );
  });
}
