import { documentedRoutes, servedRoutes } from '../__testUtils__/routes';

describe('OpenAPI document', () => {
  it('documents exactly the routes the router serves', async () => {
    expect(await servedRoutes()).toEqual(documentedRoutes());
  });
});
