import { EvidenceService } from '../service/interfaces';
import { Authenticate } from './authenticate';
import { SmoRouter } from './openApiRouter';

/** Attestations (record, list) and waivers (request, decide, revoke, list). */
export function evidenceRoutes(
  router: SmoRouter,
  options: { auth: Authenticate; evidence: EvidenceService },
) {
  const { auth, evidence } = options;

  router.get('/attestations', async (req, res) => {
    const { entityRef, limit, offset } = req.query;
    res.json({
      items: await evidence.listAttestations(
        entityRef,
        { limit, offset },
        await auth.reader(req),
      ),
      types: evidence.attestationTypes,
    });
  });

  router.post('/attestations', async (req, res) => {
    const { attestation, created } = await evidence.recordAttestation(
      req.body,
      await auth.user(req),
    );
    // A retry within the window answers with the stored attestation; nothing new was written.
    res.status(created ? 201 : 200).json(attestation);
  });

  router.get('/waivers', async (req, res) => {
    res.json({
      items: await evidence.listWaivers(req.query, await auth.reader(req)),
    });
  });

  router.post('/waivers', async (req, res) => {
    const { waiver, created } = await evidence.requestWaiver(
      req.body,
      await auth.user(req),
    );
    // A retry of the same request answers with the stored waiver; nothing new was written.
    res.status(created ? 201 : 200).json(waiver);
  });

  router.post('/waivers/:id/decision', async (req, res) => {
    const { decision, comment } = req.body;
    const { after } = await evidence.decideWaiver(
      req.params.id,
      { approve: decision === 'approve', comment },
      await auth.user(req),
    );
    res.json(after);
  });

  router.post('/waivers/:id/revoke', async (req, res) => {
    const { after } = await evidence.revokeWaiver(
      req.params.id,
      req.body.comment,
      await auth.user(req),
    );
    res.json(after);
  });
}
