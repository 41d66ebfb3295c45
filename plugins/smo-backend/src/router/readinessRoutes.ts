import { blockerDetails } from '../service/blockerDetails';
import { ReadinessService } from '../service/interfaces';
import { Authenticate } from './authenticate';
import { SmoRouter } from './openApiRouter';

/** Readiness of one entity, refresh, history, the portfolio list and the CI gate. */
export function readinessRoutes(
  router: SmoRouter,
  options: { auth: Authenticate; readiness: ReadinessService },
) {
  const { auth, readiness } = options;

  router.get('/readiness', async (req, res) => {
    // The validator has filled in the document's defaults; its types only know them as optional.
    const query = {
      ...req.query,
      sort: req.query.sort!,
      order: req.query.order!,
      limit: req.query.limit!,
      offset: req.query.offset!,
    };
    const page = await readiness.list(query, await auth.reader(req));
    res.json({
      totalCount: page.totalCount,
      offset: query.offset,
      limit: query.limit,
      items: page.items,
    });
  });

  router.get('/readiness/:kind/:namespace/:name', async (req, res) => {
    const caller = await auth.reader(req);
    const { asOf } = req.query;
    res.json(
      asOf
        ? await readiness.getAt(req.params, asOf, caller)
        : await readiness.get(req.params, caller),
    );
  });

  router.post('/readiness/:kind/:namespace/:name/refresh', async (req, res) => {
    res.json(await readiness.refresh(req.params, await auth.reader(req)));
  });

  router.get('/readiness/:kind/:namespace/:name/history', async (req, res) => {
    res.json(await readiness.history(req.params, await auth.reader(req)));
  });

  router.get('/gate/:kind/:namespace/:name', async (req, res) => {
    const result = await readiness.get(req.params, await auth.reader(req));
    res.json({
      entityRef: result.entityRef,
      pass: result.verdict === 'ready',
      verdict: result.verdict,
      score: result.score,
      evaluatedAt: result.evaluatedAt,
      blockers: blockerDetails(result),
    });
  });
}
