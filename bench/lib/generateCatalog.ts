import { Entity } from '@backstage/catalog-model';

/** Small seeded PRNG (mulberry32) so every run generates the same catalog. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SMO = 'smo.backstage.io/v1alpha1';
const CORE = 'backstage.io/v1alpha1';
const TIERS = ['tier-1', 'tier-2', 'tier-3', 'tier-4'];
const LIFECYCLES = [
  'live',
  'live',
  'live',
  'transition',
  'pipeline',
  'retired',
];

export interface SyntheticCatalog {
  components: Entity[];
  related: Entity[];
}

/**
 * A realistic SMO portfolio of `size` components: one offering per 10 components, an SLA and an
 * OLA per offering, 200 groups, users, systems and domains, global and scoped process owners.
 * About 20% of components are deliberately broken (missing owner, annotations or links). Relations
 * are stitched as the catalog would (delivers, ownedBy, partOf, processOwnerOf).
 */
export function generateCatalog(size: number, seed = 1): SyntheticCatalog {
  const random = rng(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const groups = Array.from({ length: 200 }, (_, i) => `team-${i}`);
  const related: Entity[] = [];

  for (const name of groups) {
    related.push({
      apiVersion: CORE,
      kind: 'Group',
      metadata: { name, namespace: 'default' },
      spec: { type: 'team', children: [] },
    });
  }
  for (let i = 0; i < Math.max(50, size / 20); i++) {
    related.push({
      apiVersion: CORE,
      kind: 'User',
      metadata: { name: `user-${i}`, namespace: 'default' },
      spec: { memberOf: [pick(groups)] },
    });
  }
  const domains = Array.from({ length: 10 }, (_, i) => `domain-${i}`);
  for (const name of domains)
    related.push({
      apiVersion: CORE,
      kind: 'Domain',
      metadata: { name, namespace: 'default' },
      spec: { owner: pick(groups) },
    });
  const systems = Array.from(
    { length: Math.max(20, size / 50) },
    (_, i) => `system-${i}`,
  );
  for (const name of systems) {
    related.push({
      apiVersion: CORE,
      kind: 'System',
      metadata: { name, namespace: 'default' },
      spec: { owner: pick(groups), domain: pick(domains) },
    });
  }

  const offeringCount = Math.max(10, Math.ceil(size / 10));
  const offerings: string[] = [];
  for (let i = 0; i < offeringCount; i++) {
    const name = `offering-${i}`;
    offerings.push(name);
    related.push({
      apiVersion: SMO,
      kind: 'ServiceLevelAgreement',
      metadata: { name: `sla-${i}`, namespace: 'default' },
      spec: {
        type: 'sla',
        status: random() < 0.9 ? 'active' : 'draft',
        owner: pick(groups),
        validFrom: '2026-01-01',
        validUntil: random() < 0.9 ? '2027-12-31' : '2026-03-31',
        targets: ['P1', 'P2', 'P3'].flatMap(priority => [
          { priority, metric: 'response', target: 'PT30M' },
          { priority, metric: 'resolution', target: 'PT8H' },
        ]),
        underpinnedBy: [`ola-${i}`],
      },
    });
    related.push({
      apiVersion: SMO,
      kind: 'ServiceLevelAgreement',
      metadata: { name: `ola-${i}`, namespace: 'default' },
      spec: {
        type: 'ola',
        status: 'active',
        owner: pick(groups),
        validUntil: '2027-12-31',
        targets: [{ priority: 'P1', metric: 'response', target: 'PT15M' }],
      },
    });
    related.push({
      apiVersion: SMO,
      kind: 'ServiceOffering',
      metadata: { name, namespace: 'default' },
      spec: {
        type: random() < 0.6 ? 'business' : 'technical',
        lifecycle: pick(LIFECYCLES),
        owner: pick(groups),
        criticality: pick(TIERS),
        supportGroup: random() < 0.9 ? pick(groups) : undefined,
        serviceLevelAgreements: [`sla-${i}`],
        system: pick(systems),
      },
    });
  }
  const practices = [
    'incident-management',
    'change-enablement',
    'problem-management',
  ];
  related.push({
    apiVersion: SMO,
    kind: 'ProcessOwner',
    metadata: { name: 'incident-global', namespace: 'default' },
    spec: { practice: 'incident-management', owner: 'user:user-0' },
  });
  for (let i = 0; i < 30; i++) {
    const scope = [
      `system:default/${pick(systems)}`,
      `group:default/${pick(groups)}`,
    ];
    related.push({
      apiVersion: SMO,
      kind: 'ProcessOwner',
      metadata: { name: `po-${i}`, namespace: 'default' },
      spec: { practice: pick(practices), owner: `user:user-${i}`, scope },
      relations: scope.map(targetRef => ({
        type: 'processOwnerOf',
        targetRef,
      })),
    });
  }

  const components: Entity[] = [];
  for (let i = 0; i < size; i++) {
    const broken = random() < 0.2;
    const owner = broken && random() < 0.3 ? `ghost-${i}` : pick(groups);
    const system = pick(systems);
    const offering = pick(offerings);
    const annotations: Record<string, string> = {};
    if (!broken || random() < 0.5)
      annotations['pagerduty.com/service-id'] = `P${i}`;
    if (!broken || random() < 0.5)
      annotations['backstage.io/techdocs-ref'] = 'dir:.';
    if (!broken) {
      annotations['smo.backstage.io/rto'] = 'PT4H';
      annotations['smo.backstage.io/rpo'] = 'PT15M';
    }
    components.push({
      apiVersion: CORE,
      kind: 'Component',
      metadata: {
        name: `component-${i}`,
        namespace: 'default',
        annotations,
        links: broken
          ? []
          : [
              { url: `https://grafana.example/d/${i}`, type: 'dashboard' },
              { url: `https://wiki.example/runbooks/${i}`, type: 'runbook' },
            ],
      },
      spec: { type: 'service', lifecycle: 'production', owner, system },
      relations: [
        { type: 'ownedBy', targetRef: `group:default/${owner}` },
        { type: 'partOf', targetRef: `system:default/${system}` },
        ...(broken && random() < 0.5
          ? []
          : [
              {
                type: 'delivers',
                targetRef: `serviceoffering:default/${offering}`,
              },
            ]),
      ],
    });
  }
  return { components, related };
}
