import {
  AuditorService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  smoAttestationCreatePermission,
  smoWaiverDecidePermission,
  smoWaiverRequestPermission,
} from '@smo-backstage/plugin-smo-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { Request } from 'express';
import { asJson } from '../audit';
import { EvidenceService } from '../gatekeeper/EvidenceService';
import { ReadinessService } from '../service/ReadinessService';
import { Access } from './access';
import { SmoRouter } from './openApiRouter';
import { authorizedMutation } from './authorize';

/** Attestations (record, list) and waivers (request, decide, revoke, list). */
export function evidenceRoutes(
  router: SmoRouter,
  options: {
    access: Access;
    permissions: PermissionsService;
    auditor: AuditorService;
    evidence: EvidenceService;
    readiness: ReadinessService;
  },
) {
  const { access, permissions, auditor, evidence, readiness } = options;
  const mutation = authorizedMutation(auditor, permissions);
  // New evidence changes the verdict: re-evaluate so readers see it at once, not at the next sweep.
  const reevaluate = (entityRef: string) =>
    readiness.refresh(parseEntityRef(entityRef));
  // Evidence is only recorded for entities that are scored, checked before anything is written.
  const assertScored = (entityRef: string) =>
    readiness.assertScored(parseEntityRef(entityRef));

  router.get('/attestations', async (req, res) => {
    const credentials = await access.reader(req);
    const { entityRef, limit, offset } = req.query;
    const ref = await access.visibleEntity(entityRef, credentials);
    res.json({
      items: await evidence.listAttestations(ref, { limit, offset }),
      types: evidence.attestationTypes,
    });
  });

  router.post('/attestations', async (req, res) => {
    const { credentials, actor } = await access.actor(req);
    const body = req.body;
    const entityRef = await access.visibleEntity(body.entityRef, credentials);
    await assertScored(entityRef);
    const { attestation, created } = await mutation(
      {
        req,
        credentials,
        eventId: 'attestation-record',
        meta: { entityRef },
        permission: smoAttestationCreatePermission,
        entityRef,
      },
      async () => {
        const result = await evidence.recordAttestation(
          { ...body, entityRef },
          actor.userEntityRef,
        );
        return { result, meta: { after: asJson(result.attestation) } };
      },
    );
    await reevaluate(entityRef);
    // A retry within the window answers with the stored attestation; nothing new was written.
    res.status(created ? 201 : 200).json(attestation);
  });

  router.get('/waivers', async (req, res) => {
    const credentials = await access.reader(req);
    const query = req.query;
    const entityRef =
      query.entityRef &&
      (await access.visibleEntity(query.entityRef, credentials));
    const items = await evidence.listWaivers({
      entityRef,
      status: query.status,
      limit: query.limit,
      offset: query.offset,
    });
    res.json({ items: await access.visibleOnly(items, credentials) });
  });

  router.post('/waivers', async (req, res) => {
    const { credentials, actor } = await access.actor(req);
    const body = req.body;
    const entityRef = await access.visibleEntity(body.entityRef, credentials);
    await assertScored(entityRef);
    const { waiver, created } = await mutation(
      {
        req,
        credentials,
        eventId: 'waiver-request',
        meta: { entityRef },
        permission: smoWaiverRequestPermission,
        entityRef,
      },
      async () => {
        const result = await evidence.requestWaiver(
          { ...body, entityRef },
          actor.userEntityRef,
        );
        return { result, meta: { after: asJson(result.waiver) } };
      },
    );
    // A retry of the same request answers with the stored waiver; nothing new was written.
    res.status(created ? 201 : 200).json(waiver);
  });

  /**
   * Decides or revokes a waiver. A decision needs a scored entity; a revocation only takes an exemption away, so it
   * is allowed even after the entity left the scored set (then there is nothing to re-evaluate).
   */
  async function changeWaiver(
    req: Request<{ id: string }, any, any, any>,
    eventId: string,
    change: (
      id: string,
      actor: string,
    ) => ReturnType<EvidenceService['revokeWaiver']>,
    needsScored: boolean,
  ) {
    const { credentials, actor } = await access.actor(req);
    const { id } = req.params;
    const current = await evidence.getWaiver(id);
    const entityRef = await access.visibleEntityOf(
      current.entityRef,
      credentials,
      `No waiver ${id}`,
    );
    const scored = await assertScored(entityRef).then(
      () => true,
      error => {
        if (needsScored || (error as Error).name !== 'NotFoundError') {
          throw error;
        }
        return false;
      },
    );
    const { after } = await mutation(
      {
        req,
        credentials,
        eventId,
        meta: { entityRef, waiverId: id },
        permission: smoWaiverDecidePermission,
        entityRef,
      },
      async () => {
        const result = await change(id, actor.userEntityRef);
        return {
          result,
          meta: { before: asJson(result.before), after: asJson(result.after) },
        };
      },
    );
    if (scored) await reevaluate(entityRef);
    return after;
  }

  router.post('/waivers/:id/decision', async (req, res) => {
    const body = req.body;
    res.json(
      await changeWaiver(
        req,
        'waiver-decide',
        (id, actor) =>
          evidence.decideWaiver(
            id,
            { approve: body.decision === 'approve', comment: body.comment },
            actor,
          ),
        true,
      ),
    );
  });

  router.post('/waivers/:id/revoke', async (req, res) => {
    const body = req.body;
    res.json(
      await changeWaiver(
        req,
        'waiver-revoke',
        (id, actor) => evidence.revokeWaiver(id, body.comment, actor),
        false,
      ),
    );
  });
}
