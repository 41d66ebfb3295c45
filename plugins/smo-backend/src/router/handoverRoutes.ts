import { HandoverService } from '../service/interfaces';
import { Authenticate } from './authenticate';
import { SmoRouter } from './openApiRouter';

/** Handover requests: create, list, read, transitions, sign-offs. */
export function handoverRoutes(
  router: SmoRouter,
  options: { auth: Authenticate; handovers: HandoverService },
) {
  const { auth, handovers } = options;

  router.get('/handovers', async (req, res) => {
    const { entityRef, state, limit, offset } = req.query;
    res.json({
      items: await handovers.list(
        { entityRef, states: state && [state], limit, offset },
        await auth.reader(req),
      ),
    });
  });

  router.post('/handovers', async (req, res) => {
    const handover = await handovers.create(
      req.body.entityRef,
      await auth.user(req),
    );
    res.status(201).json(handover);
  });

  router.get('/handovers/:id', async (req, res) => {
    res.json(await handovers.get(req.params.id, await auth.reader(req)));
  });

  router.post('/handovers/:id/transitions', async (req, res) => {
    const { action, ...request } = req.body;
    const { after } = await handovers.transition(
      req.params.id,
      action,
      request,
      await auth.user(req),
    );
    res.json(after);
  });

  router.post('/handovers/:id/sign-offs', async (req, res) => {
    const { after, replayed } = await handovers.signOff(
      req.params.id,
      req.body,
      await auth.user(req),
    );
    // A retry of the same sign-off answers with the handover as it stands; nothing new was written.
    res.status(replayed ? 200 : 201).json(after);
  });
}
