import { RollupService } from '../service/interfaces';
import { Authenticate } from './authenticate';
import { SmoRouter } from './openApiRouter';

/** Readiness above the component: roll-ups, their history, the portfolio trend, the standard, the executive view. */
export function rollupRoutes(
  router: SmoRouter,
  options: { auth: Authenticate; rollups: RollupService },
) {
  const { auth, rollups } = options;

  // The validator has filled in the document's defaults; its types only know them as optional.
  router.get('/rollups', async (req, res) => {
    const query = {
      kind: req.query.kind ?? 'serviceoffering',
      verdict: req.query.verdict,
      asOf: req.query.asOf,
      sort: req.query.sort!,
      order: req.query.order!,
      limit: req.query.limit!,
      offset: req.query.offset!,
    };
    const page = await rollups.list(query, await auth.reader(req));
    res.json({
      kind: query.kind,
      totalCount: page.totalCount,
      offset: query.offset,
      limit: query.limit,
      items: page.items,
    });
  });

  router.get('/rollups/:kind/:namespace/:name', async (req, res) => {
    res.json(
      await rollups.get(req.params, req.query.asOf, await auth.reader(req)),
    );
  });

  router.get('/rollups/:kind/:namespace/:name/history', async (req, res) => {
    res.json(await rollups.history(req.params, await auth.reader(req)));
  });

  router.get('/trend', async (req, res) => {
    const query = {
      by: req.query.by!,
      from: req.query.from,
      to: req.query.to,
      limit: req.query.limit!,
      offset: req.query.offset!,
    };
    const trend = await rollups.trend(query, await auth.reader(req));
    res.json({ ...trend, offset: query.offset, limit: query.limit });
  });

  router.get('/standard-changes', async (req, res) => {
    const page = { limit: req.query.limit!, offset: req.query.offset! };
    const changes = await rollups.standardChanges(page, await auth.reader(req));
    res.json({ ...changes, ...page });
  });

  router.get('/executive-summary', async (req, res) => {
    const page = { limit: req.query.limit!, offset: req.query.offset! };
    const summary = await rollups.executive(page, await auth.reader(req));
    res.json({ ...summary, ...page });
  });
}
