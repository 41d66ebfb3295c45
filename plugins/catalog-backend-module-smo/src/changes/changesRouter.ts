import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CATALOG_CHANGES_PATH } from '@smo-backstage/plugin-smo-common';
import express from 'express';
import Router from 'express-promise-router';
import { Knex } from 'knex';
import { readKindChanges } from './readKindChanges';

/** At most this many kinds per request: the signal is for a known set of kinds, not a crawl of the catalog. */
export const MAX_KINDS = 50;
/** The catalog's own rule for a kind (KindValidator): a letter, then letters and digits, at most 63. */
const KIND = /^[a-zA-Z][a-zA-Z0-9]{0,62}$/;

/**
 * `GET /smo/changes?kind=…` under the catalog plugin (`/api/catalog/smo/changes`): per kind asked, the count and
 * digest of its stitched entities (see {@link readKindChanges}). For backend plugins only — the SMO readiness sweep
 * asks it to tell whether anything it reads changed — so callers must be service principals; users get 403.
 */
export function createChangesRouter(options: {
  database: () => Promise<Knex>;
  httpAuth: HttpAuthService;
}): express.Router {
  const router = Router();
  router.get(CATALOG_CHANGES_PATH, async (req, res) => {
    await options.httpAuth.credentials(req, { allow: ['service'] });
    const kinds = [req.query.kind ?? []].flat();
    if (
      kinds.length === 0 ||
      kinds.length > MAX_KINDS ||
      !kinds.every(k => typeof k === 'string' && KIND.test(k))
    ) {
      throw new InputError(
        `kind: 1 to ${MAX_KINDS} entity kinds, each a letter followed by letters and digits`,
      );
    }
    const changes = await readKindChanges(
      await options.database(),
      kinds as string[],
    );
    res.json({ kinds: changes });
  });
  return router;
}
