// Compiled by `yarn tsc`, never run: proves the generated router types handlers from the OpenAPI document. If the typing
// were lost (everything `any`), each `@ts-expect-error` below would be unused, and that fails the compile.
import { SmoRouter } from './openApiRouter';

export function typedFromTheDocument(router: SmoRouter) {
  router.get('/handovers/:id', (req, res) => {
    // @ts-expect-error the document says the id is a string
    const id: number = req.params.id;
    // @ts-expect-error an answer the document does not allow
    res.json({ id, notInTheDocument: true });
  });
  router.get('/waivers', req => {
    // @ts-expect-error the document makes limit an integer, after validation
    const limit: string | undefined = req.query.limit;
    return limit;
  });
  router.post('/handovers/:id/transitions', req => {
    // @ts-expect-error the document's actions do not include this one
    const action: 'approve' = req.body.action;
    return action;
  });
}
