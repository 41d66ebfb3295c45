import { CampaignService } from '../service/interfaces';
import { Authenticate } from './authenticate';
import { SmoRouter } from './openApiRouter';

/** Campaigns: the configured ones with their progress, one with its burn-up, its members. */
export function campaignRoutes(
  router: SmoRouter,
  options: { auth: Authenticate; campaigns: CampaignService },
) {
  const { auth, campaigns } = options;

  router.get('/campaigns', async (req, res) => {
    res.json({ items: await campaigns.list(await auth.reader(req)) });
  });

  router.get('/campaigns/:id', async (req, res) => {
    res.json(await campaigns.get(req.params.id, await auth.reader(req)));
  });

  // The validator has filled in the document's defaults; its types only know them as optional.
  router.get('/campaigns/:id/members', async (req, res) => {
    const query = {
      status: req.query.status,
      owner: req.query.owner,
      limit: req.query.limit!,
      offset: req.query.offset!,
    };
    res.json(
      await campaigns.members(req.params.id, query, await auth.reader(req)),
    );
  });
}
