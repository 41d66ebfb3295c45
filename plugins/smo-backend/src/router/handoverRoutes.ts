import {
  AuditorService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  smoHandoverDecidePermission,
  smoHandoverSignOffPermission,
  smoHandoverSubmitPermission,
} from '@smo-backstage/plugin-smo-common';
import { asJson } from '../audit';
import { HandoverService } from '../gatekeeper/HandoverService';
import { Access } from './access';
import { SmoRouter } from './openApiRouter';
import { authorizedMutation } from './authorize';

/** Handover requests: create, list, read, transitions, sign-offs. */
export function handoverRoutes(
  router: SmoRouter,
  options: {
    access: Access;
    permissions: PermissionsService;
    auditor: AuditorService;
    handovers: HandoverService;
  },
) {
  const { access, permissions, auditor, handovers } = options;
  const mutation = authorizedMutation(auditor, permissions);

  router.get('/handovers', async (req, res) => {
    const credentials = await access.reader(req);
    const query = req.query;
    const entityRef =
      query.entityRef &&
      (await access.visibleEntity(query.entityRef, credentials));
    const items = await handovers.list({
      entityRef,
      states: query.state && [query.state],
      limit: query.limit,
      offset: query.offset,
    });
    res.json({ items: await access.visibleOnly(items, credentials) });
  });

  router.post('/handovers', async (req, res) => {
    const { credentials, actor } = await access.actor(req);
    const body = req.body;
    const entityRef = await access.visibleEntity(body.entityRef, credentials);
    const handover = await mutation(
      {
        req,
        credentials,
        eventId: 'handover-create',
        meta: { entityRef },
        permission: smoHandoverSubmitPermission,
        entityRef,
      },
      async () => {
        const result = await handovers.create(entityRef, actor);
        return { result, meta: { after: asJson(result) } };
      },
    );
    res.status(201).json(handover);
  });

  router.get('/handovers/:id', async (req, res) => {
    const credentials = await access.reader(req);
    const { id } = req.params;
    const handover = await handovers.get(id);
    await access.visibleEntityOf(
      handover.entityRef,
      credentials,
      `No handover ${id}`,
    );
    res.json(handover);
  });

  router.post('/handovers/:id/transitions', async (req, res) => {
    const { credentials, actor } = await access.actor(req);
    const { id } = req.params;
    const body = req.body;
    const current = await handovers.get(id);
    const entityRef = await access.visibleEntityOf(
      current.entityRef,
      credentials,
      `No handover ${id}`,
    );
    const permission =
      handovers.authorityOf(body.action) === 'decide'
        ? smoHandoverDecidePermission
        : smoHandoverSubmitPermission;
    const { after } = await mutation(
      {
        req,
        credentials,
        eventId: 'handover-transition',
        meta: { entityRef, handoverId: id, action: body.action },
        permission,
        entityRef,
      },
      async () => {
        const result = await handovers.transition(id, body.action, body, actor);
        return {
          result,
          meta: { before: asJson(result.before), after: asJson(result.after) },
        };
      },
    );
    res.json(after);
  });

  router.post('/handovers/:id/sign-offs', async (req, res) => {
    const { credentials, actor } = await access.actor(req);
    const { id } = req.params;
    const body = req.body;
    const current = await handovers.get(id);
    const entityRef = await access.visibleEntityOf(
      current.entityRef,
      credentials,
      `No handover ${id}`,
    );
    const { after, replayed } = await mutation(
      {
        req,
        credentials,
        eventId: 'handover-sign-off',
        meta: { entityRef, handoverId: id, role: body.role },
        permission: smoHandoverSignOffPermission,
        entityRef,
      },
      async () => {
        const result = await handovers.signOff(id, body, actor);
        return {
          result,
          meta: { before: asJson(result.before), after: asJson(result.after) },
        };
      },
    );
    // A retry of the same sign-off answers with the handover as it stands; nothing new was written.
    res.status(replayed ? 200 : 201).json(after);
  });
}
