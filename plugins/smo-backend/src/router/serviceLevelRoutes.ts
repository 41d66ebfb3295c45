import { ServiceLevelReportService } from '../service/interfaces';
import { Authenticate } from './authenticate';
import { SmoRouter } from './openApiRouter';

/** Service levels: one entity's months, one month across offerings. */
export function serviceLevelRoutes(
  router: SmoRouter,
  options: { auth: Authenticate; serviceLevels: ServiceLevelReportService },
) {
  const { auth, serviceLevels } = options;

  router.get('/service-levels', async (req, res) => {
    // The validator has filled in the document's defaults; its types only know them as optional.
    const query = {
      month: req.query.month,
      limit: req.query.limit!,
      offset: req.query.offset!,
    };
    const page = await serviceLevels.portfolio(query, await auth.reader(req));
    res.json({ ...page, offset: query.offset, limit: query.limit });
  });

  router.get('/service-levels/:kind/:namespace/:name', async (req, res) => {
    res.json(
      await serviceLevels.report(req.params, req.query, await auth.reader(req)),
    );
  });
}
