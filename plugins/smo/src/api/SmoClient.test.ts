import { SmoClient } from './SmoClient';

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

const errorResponse = (status: number, name: string, message: string) =>
  jsonResponse(
    { error: { name, message }, response: { statusCode: status } },
    status,
  );

describe('SmoClient', () => {
  const discoveryApi = {
    getBaseUrl: jest.fn(async (id: string) => `http://backend/api/${id}`),
  };

  function clientAnswering(response: () => Response) {
    const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
      response(),
    );
    const fetchApi = { fetch: fetch as unknown as typeof globalThis.fetch };
    return { client: new SmoClient({ discoveryApi, fetchApi }), fetch };
  }

  const calledUrl = (fetch: jest.Mock) => fetch.mock.calls[0][0];

  it('calls the smo backend through the fetch API', async () => {
    const { client, fetch } = clientAnswering(() =>
      jsonResponse({ status: 'ok' }),
    );
    await expect(client.getHealth()).resolves.toEqual({ status: 'ok' });
    expect(calledUrl(fetch)).toBe('http://backend/api/smo/health');
    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('smo');
  });

  it('reads one entity by kind, namespace and name, accepting string and compound refs', async () => {
    const body = { entityRef: 'component:default/loyalty-api', score: 100 };
    const { client, fetch } = clientAnswering(() => jsonResponse(body));

    await expect(
      client.getReadiness('component:default/loyalty-api'),
    ).resolves.toEqual(body);
    await client.getReadiness({
      kind: 'Component',
      namespace: 'ops',
      name: 'payments-gateway',
    });
    await client.getReadiness('short-name');

    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://backend/api/smo/readiness/component/default/loyalty-api',
      'http://backend/api/smo/readiness/component/ops/payments-gateway',
      'http://backend/api/smo/readiness/component/default/short-name',
    ]);
  });

  it('encodes path segments', async () => {
    const { client, fetch } = clientAnswering(() =>
      jsonResponse({ entityRef: 'x', items: [] }),
    );
    await client.getHistory('component:team a/svc#1');
    expect(calledUrl(fetch)).toBe(
      'http://backend/api/smo/readiness/component/team%20a/svc%231/history',
    );
  });

  it('refreshes with a POST', async () => {
    const { client, fetch } = clientAnswering(() =>
      jsonResponse({ entityRef: 'component:default/a' }),
    );
    await client.refreshReadiness('component:default/a');
    expect(calledUrl(fetch)).toBe(
      'http://backend/api/smo/readiness/component/default/a/refresh',
    );
    expect(fetch.mock.calls[0][1]).toMatchObject({ method: 'POST' });
  });

  it('sends only the set portfolio filters, URL-encoded', async () => {
    const page = { totalCount: 0, offset: 0, limit: 50, items: [] };
    const { client, fetch } = clientAnswering(() => jsonResponse(page));

    await expect(client.listReadiness()).resolves.toEqual(page);
    await client.listReadiness({
      owner: 'group:default/team-payments',
      offering: 'serviceoffering:default/online checkout&more',
      verdict: 'not-ready',
      tier: undefined,
      minScore: 0,
      maxScore: 80,
      sort: 'score',
      order: 'desc',
      limit: 25,
      offset: 50,
    });

    expect(fetch.mock.calls[0][0]).toBe('http://backend/api/smo/readiness');
    const url = new URL(fetch.mock.calls[1][0]);
    expect(url.pathname).toBe('/api/smo/readiness');
    expect(url.search).toBe(
      '?owner=group%3Adefault%2Fteam-payments' +
        '&offering=serviceoffering%3Adefault%2Fonline+checkout%26more' +
        '&verdict=not-ready&minScore=0&maxScore=80&sort=score&order=desc&limit=25&offset=50',
    );
    expect(url.searchParams.get('offering')).toBe(
      'serviceoffering:default/online checkout&more',
    );
    expect(url.searchParams.has('tier')).toBe(false);
  });

  it('unwraps the check definitions', async () => {
    const definition = { id: 'ops.runbook', title: 'Runbook' };
    const { client, fetch } = clientAnswering(() =>
      jsonResponse({ items: [definition] }),
    );
    await expect(client.getChecks()).resolves.toEqual([definition]);
    expect(calledUrl(fetch)).toBe('http://backend/api/smo/checks');
  });

  it.each([
    [401, 'AuthenticationError', 'no token'],
    [403, 'NotAllowedError', 'not allowed to refresh'],
    [404, 'NotFoundError', 'No entity component:default/nope'],
    [500, 'Error', 'database gone'],
  ])(
    'turns HTTP %i into a ResponseError carrying status and cause',
    async (status, name, message) => {
      const { client } = clientAnswering(() =>
        errorResponse(status, name, message),
      );
      await expect(
        client.refreshReadiness('component:default/nope'),
      ).rejects.toMatchObject({
        name: 'ResponseError',
        statusCode: status,
        cause: { name, message },
      });
    },
  );

  describe('gatekeeper routes', () => {
    const handover = { id: 'h-1', state: 'draft', version: 3 };
    const sentJson = (fetch: jest.Mock, call = 0) => {
      const init = fetch.mock.calls[call][1] as RequestInit;
      expect(init.method).toBe('POST');
      expect(new Headers(init.headers).get('content-type')).toBe(
        'application/json',
      );
      return JSON.parse(init.body as string);
    };

    it('lists attestations of a full entity ref and the recordable types', async () => {
      const body = { items: [{ id: 'a-1' }], types: ['restore-tested'] };
      const { client, fetch } = clientAnswering(() => jsonResponse(body));
      await expect(client.listAttestations('checkout web')).resolves.toEqual(
        body,
      );
      expect(calledUrl(fetch)).toBe(
        'http://backend/api/smo/attestations?entityRef=component%3Adefault%2Fcheckout+web',
      );
    });

    it('records an attestation with a JSON body naming the full ref', async () => {
      const { client, fetch } = clientAnswering(() =>
        jsonResponse({ id: 'a-2' }, 201),
      );
      await expect(
        client.recordAttestation({
          entityRef: { kind: 'Component', namespace: 'shop', name: 'web' },
          type: 'restore-tested',
          evidenceUrl: 'https://evidence.example/1',
          note: 'restored into staging',
        }),
      ).resolves.toEqual({ id: 'a-2' });
      expect(calledUrl(fetch)).toBe('http://backend/api/smo/attestations');
      expect(sentJson(fetch)).toEqual({
        entityRef: 'component:shop/web',
        type: 'restore-tested',
        evidenceUrl: 'https://evidence.example/1',
        note: 'restored into staging',
      });
    });

    it('lists waivers by entity and status, unwrapping the items', async () => {
      const { client, fetch } = clientAnswering(() =>
        jsonResponse({ items: [{ id: 'w-1' }] }),
      );
      await expect(client.listWaivers()).resolves.toEqual([{ id: 'w-1' }]);
      await client.listWaivers({
        entityRef: 'component:default/web',
        status: 'requested',
      });
      expect(fetch.mock.calls.map(c => c[0])).toEqual([
        'http://backend/api/smo/waivers',
        'http://backend/api/smo/waivers?entityRef=component%3Adefault%2Fweb&status=requested',
      ]);
    });

    it('requests, decides and revokes waivers, encoding the id', async () => {
      const { client, fetch } = clientAnswering(() =>
        jsonResponse({ id: 'w/1' }),
      );
      await client.requestWaiver({
        entityRef: 'web',
        checkId: 'release.rollback-tested',
        justification: 'first release',
        expiresAt: '2027-01-31T23:59:59.000Z',
      });
      await client.decideWaiver('w/1', { decision: 'approve', comment: 'ok' });
      await client.revokeWaiver('w/1', 'no longer needed');
      expect(fetch.mock.calls.map(c => c[0])).toEqual([
        'http://backend/api/smo/waivers',
        'http://backend/api/smo/waivers/w%2F1/decision',
        'http://backend/api/smo/waivers/w%2F1/revoke',
      ]);
      expect(sentJson(fetch, 0)).toEqual({
        entityRef: 'component:default/web',
        checkId: 'release.rollback-tested',
        justification: 'first release',
        expiresAt: '2027-01-31T23:59:59.000Z',
      });
      expect(sentJson(fetch, 1)).toEqual({
        decision: 'approve',
        comment: 'ok',
      });
      expect(sentJson(fetch, 2)).toEqual({ comment: 'no longer needed' });
    });

    it('lists, creates and reads handovers', async () => {
      const { client, fetch } = clientAnswering(() =>
        jsonResponse({ items: [handover], ...handover }),
      );
      await expect(
        client.listHandovers({ state: 'in-review' }),
      ).resolves.toEqual([handover]);
      await client.createHandover('component:default/web');
      await client.getHandover('h 1');
      expect(fetch.mock.calls.map(c => c[0])).toEqual([
        'http://backend/api/smo/handovers?state=in-review',
        'http://backend/api/smo/handovers',
        'http://backend/api/smo/handovers/h%201',
      ]);
      expect(sentJson(fetch, 1)).toEqual({
        entityRef: 'component:default/web',
      });
      expect(fetch.mock.calls[2][1]).toMatchObject({ method: 'GET' });
      expect(fetch.mock.calls[2][1]?.body).toBeUndefined();
    });

    it('sends the version with a transition and the role with a sign-off', async () => {
      const { client, fetch } = clientAnswering(() => jsonResponse(handover));
      await client.transitionHandover('h-1', {
        action: 'reject',
        version: 3,
        comment: 'no runbook',
      });
      await client.signOffHandover('h-1', {
        role: 'smo-approver',
        decision: 'approve',
      });
      expect(fetch.mock.calls.map(c => c[0])).toEqual([
        'http://backend/api/smo/handovers/h-1/transitions',
        'http://backend/api/smo/handovers/h-1/sign-offs',
      ]);
      expect(sentJson(fetch, 0)).toEqual({
        action: 'reject',
        version: 3,
        comment: 'no runbook',
      });
      expect(sentJson(fetch, 1)).toEqual({
        role: 'smo-approver',
        decision: 'approve',
      });
    });

    it('reads the decision log, snapshots and expiring evidence', async () => {
      const { client, fetch } = clientAnswering(() =>
        jsonResponse({ items: [{ id: 'd-1' }], days: 30 }),
      );
      await expect(
        client.listDecisions({ entityRef: 'web', limit: 20 }),
      ).resolves.toEqual([{ id: 'd-1' }]);
      await client.getSnapshot('s-1');
      await client.getExpiring(30);
      await client.getExpiring();
      expect(fetch.mock.calls.map(c => c[0])).toEqual([
        'http://backend/api/smo/decisions?entityRef=component%3Adefault%2Fweb&limit=20',
        'http://backend/api/smo/snapshots/s-1',
        'http://backend/api/smo/expiring?days=30',
        'http://backend/api/smo/expiring',
      ]);
    });

    it('reads service levels of an entity and of a month across offerings', async () => {
      const { client, fetch } = clientAnswering(() =>
        jsonResponse({ agreements: [], items: [] }),
      );
      await client.getServiceLevels('serviceoffering:default/online-checkout', {
        from: '2026-01',
        to: '2026-10',
      });
      await client.getServiceLevels('servicelevelagreement:default/gold');
      await client.listServiceLevels({ month: '2026-10', limit: 20 });
      await client.listServiceLevels();
      expect(fetch.mock.calls.map(c => c[0])).toEqual([
        'http://backend/api/smo/service-levels/serviceoffering/default/online-checkout?from=2026-01&to=2026-10',
        'http://backend/api/smo/service-levels/servicelevelagreement/default/gold',
        'http://backend/api/smo/service-levels?month=2026-10&limit=20',
        'http://backend/api/smo/service-levels',
      ]);
    });

    it('reads campaigns, a campaign and its members, encoding the id', async () => {
      const { client, fetch } = clientAnswering(() =>
        jsonResponse({ items: [{ id: 'techdocs-2026' }], totalCount: 1 }),
      );
      await expect(client.listCampaigns()).resolves.toEqual([
        { id: 'techdocs-2026' },
      ]);
      await client.getCampaign('techdocs-2026');
      await client.listCampaignMembers('techdocs-2026', {
        status: 'open',
        owner: 'group:default/team-a',
        limit: 20,
        offset: 40,
      });
      await client.listCampaignMembers('a/b');
      expect(fetch.mock.calls.map(c => c[0])).toEqual([
        'http://backend/api/smo/campaigns',
        'http://backend/api/smo/campaigns/techdocs-2026',
        'http://backend/api/smo/campaigns/techdocs-2026/members?status=open&owner=group%3Adefault%2Fteam-a&limit=20&offset=40',
        'http://backend/api/smo/campaigns/a%2Fb/members',
      ]);
    });

    it('lists and raises improvements with the full entity ref', async () => {
      const { client, fetch } = clientAnswering(() =>
        jsonResponse({ id: 'i-1', items: [], totalCount: 0 }),
      );
      await client.listImprovements({
        entityRef: 'web',
        status: 'proposed',
        limit: 20,
      });
      const input = {
        title: 'Write the runbook',
        entityRef: 'web',
        problem: 'No runbook',
        goal: { type: 'check' as const, checkId: 'ops.runbook' },
        ownerRef: 'group:default/team-a',
        dueDate: '2026-12-31',
      };
      await client.raiseImprovement(input);
      await client.getImprovement('i/1');
      expect(fetch.mock.calls.map(c => c[0])).toEqual([
        'http://backend/api/smo/improvements?entityRef=component%3Adefault%2Fweb&status=proposed&limit=20',
        'http://backend/api/smo/improvements',
        'http://backend/api/smo/improvements/i%2F1',
      ]);
      expect(fetch.mock.calls[1][1]).toMatchObject({ method: 'POST' });
      expect(sentJson(fetch, 1)).toEqual({
        ...input,
        entityRef: 'component:default/web',
      });
    });

    it('moves, closes and links evidence to an improvement with the version read', async () => {
      const { client, fetch } = clientAnswering(() =>
        jsonResponse({ id: 'i-1' }),
      );
      await client.transitionImprovement('i-1', {
        action: 'abandon',
        version: 2,
        comment: 'superseded',
      });
      await client.closeImprovement('i-1', { version: 3 });
      await client.linkImprovementEvidence('i-1', {
        url: 'https://wiki/runbook',
        title: 'Runbook',
      });
      expect(fetch.mock.calls.map(c => c[0])).toEqual([
        'http://backend/api/smo/improvements/i-1/transitions',
        'http://backend/api/smo/improvements/i-1/close',
        'http://backend/api/smo/improvements/i-1/evidence',
      ]);
      expect([0, 1, 2].map(i => sentJson(fetch, i))).toEqual([
        { action: 'abandon', version: 2, comment: 'superseded' },
        { version: 3 },
        { url: 'https://wiki/runbook', title: 'Runbook' },
      ]);
    });

    it('reads suggestions and waiver debt', async () => {
      const { client, fetch } = clientAnswering(() =>
        jsonResponse({ items: [{ key: 's-1' }], totalCount: 1 }),
      );
      await expect(client.listImprovementSuggestions(10)).resolves.toEqual([
        { key: 's-1' },
      ]);
      await client.listImprovementSuggestions();
      await client.getWaiverDebt({ by: 'offering', limit: 20, offset: 0 });
      await client.getWaiverDebt();
      expect(fetch.mock.calls.map(c => c[0])).toEqual([
        'http://backend/api/smo/improvement-suggestions?limit=10',
        'http://backend/api/smo/improvement-suggestions',
        'http://backend/api/smo/waiver-debt?by=offering&limit=20&offset=0',
        'http://backend/api/smo/waiver-debt',
      ]);
    });

    it.each([
      [
        400,
        'InputError',
        'Invalid body: expiresAt: a waiver may last at most 90 days (until 2027-02-21)',
      ],
      [
        403,
        'NotAllowedError',
        'user:default/ann does not hold the role smo-approver',
      ],
      [
        409,
        'ConflictError',
        'Handover h-1 is at version 4, not 3; reload and try again',
      ],
    ])(
      'rejects a mutation answered %i with a ResponseError carrying the backend message',
      async (status, name, message) => {
        const { client } = clientAnswering(() =>
          errorResponse(status, name, message),
        );
        await expect(
          client.transitionHandover('h-1', { action: 'accept', version: 3 }),
        ).rejects.toMatchObject({
          name: 'ResponseError',
          statusCode: status,
          cause: { name, message },
        });
      },
    );
  });
});
