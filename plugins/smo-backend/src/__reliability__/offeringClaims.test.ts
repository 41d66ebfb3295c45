import { Entity } from '@backstage/catalog-model';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { group, offering, readyComponent } from '../__testUtils__/fixtures';
import { Harness } from '../__testUtils__/harness';

// Issue 14, item 2: anyone able to register a ServiceOffering could list another team's component in spec.components;
// the offering's owners then signed off as its service owner, and the offering's criticality replaced the component's
// tier (a tier-1 component became tier-4, its blockers advisory, its verdict ready). A claim counts only when the
// component confirms it: its annotation names the offering, or both have the same owner.

/** A tier-1-annotated component of team-b without a runbook link (a blocker at tier 1), claimed by `hijack`. */
const claimed = (name: string, annotations: Record<string, string> = {}) => {
  const base = readyComponent({ name });
  return {
    ...base,
    metadata: {
      ...base.metadata,
      annotations: {
        ...base.metadata.annotations,
        'smo.backstage.io/tier': 'tier-1',
        ...annotations,
      },
      links: [{ url: 'https://grafana/d/1', type: 'dashboard' }],
    },
    spec: { ...base.spec, owner: 'team-b' },
    relations: [
      { type: 'delivers', targetRef: 'serviceoffering:default/hijack' },
      { type: 'ownedBy', targetRef: 'group:default/team-b' },
    ],
  } as Entity;
};

describe('offering claims over components', () => {
  let h: Harness;

  beforeAll(async () => {
    const { server } = await startGatekeeperBackend([
      group('team-b'),
      // Owned by team-a (alice's group), tier-4, listing team-b's components.
      offering('hijack', {
        criticality: 'tier-4',
        components: ['victim', 'partner'],
      }),
      claimed('victim'),
      claimed('partner', { 'smo.backstage.io/service-offering': 'hijack' }),
    ]);
    h = new Harness(server);
  });

  it('an unconfirmed claim changes no tier: the annotated tier-1 stands and its blockers still block', async () => {
    const res = await h.get('alice', '/readiness/component/default/victim');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      tier: 'tier-1',
      tierSource: { type: 'annotation' },
      verdict: 'not-ready',
      basis: {
        offerings: [],
        unconfirmedOfferings: ['serviceoffering:default/hijack'],
      },
    });
    expect(res.body.blockers).toContain('ops.runbook');
  });

  it('an unconfirmed claim gives no service-owner role to the offering’s owners', async () => {
    const { id } = await h.ok('alice', '/handovers', {
      entityRef: 'component:default/victim',
    });
    await h.ok('alice', `/handovers/${id}/transitions`, {
      action: 'submit',
      version: 1,
    });
    const res = await h.call('alice', 'post', `/handovers/${id}/sign-offs`, {
      role: 'service-owner',
      decision: 'approve',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'user:default/alice does not hold the role service-owner for component:default/victim',
    );
  });

  it('a claim the component confirms by annotation counts for tier and role', async () => {
    const res = await h.get('alice', '/readiness/component/default/partner');
    expect(res.body).toMatchObject({
      tier: 'tier-4',
      tierSource: {
        type: 'offering',
        entityRef: 'serviceoffering:default/hijack',
      },
      basis: {
        offerings: ['serviceoffering:default/hijack'],
        unconfirmedOfferings: [],
      },
    });
    const { id } = await h.ok('alice', '/handovers', {
      entityRef: 'component:default/partner',
    });
    await h.ok('alice', `/handovers/${id}/transitions`, {
      action: 'submit',
      version: 1,
    });
    expect(
      (
        await h.call('alice', 'post', `/handovers/${id}/sign-offs`, {
          role: 'service-owner',
          decision: 'approve',
        })
      ).status,
    ).toBe(201);
  });
});
