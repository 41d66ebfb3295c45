// A Tech Insights fact retriever for what its built-in retrievers do not cover: the on-call,
// monitoring and runbook facts the SMO readiness checks read, whether spec.owner resolves to a
// Group in the catalog, and whether a delivered offering has an SLA in force. Written the way a
// Tech Insights adopter would: a few catalog reads per run, facts per Component.
const { createBackendModule } = require('@backstage/backend-plugin-api');
const {
  techInsightsFactRetrieversExtensionPoint,
} = require('@backstage-community/plugin-tech-insights-node');
const { CatalogClient } = require('@backstage/catalog-client');
const { DateTime } = require('luxon');

// The same annotation and link lists as the SMO built-in checks (plugins/smo-backend/src/engine/checks).
const ON_CALL = [
  'pagerduty.com/integration-key',
  'pagerduty.com/service-id',
  'opsgenie.com/team',
  'smo.backstage.io/on-call',
];
const MONITORING = [
  'grafana/dashboard-selector',
  'datadoghq.com/dashboard-url',
  'newrelic.com/dashboard-guid',
  'smo.backstage.io/monitoring',
];
const RUNBOOK = 'smo.backstage.io/runbook';
const OFFERING = 'smo.backstage.io/service-offering';

const has = (annotations, names) =>
  names.some(n => (annotations?.[n] ?? '').trim() !== '');
const hasLink = (links, types) =>
  (links ?? []).some(l => l.type && types.includes(l.type));
const shortName = ref => ref.replace(/^[^:]*:/, '').replace(/^[^/]*\//, '');

const smoBenchFactRetriever = {
  id: 'smoBenchFactRetriever',
  version: '0.1.0',
  title: 'SMO readiness facts (bench)',
  description:
    'On-call, monitoring, runbook, owner resolution and SLA in force',
  entityFilter: [{ kind: 'component' }],
  schema: {
    ownerResolves: {
      type: 'boolean',
      description: 'spec.owner is a Group in the catalog',
    },
    hasOnCall: { type: 'boolean', description: 'An on-call annotation is set' },
    hasMonitoring: {
      type: 'boolean',
      description: 'A dashboard link or monitoring annotation',
    },
    hasRunbook: {
      type: 'boolean',
      description: 'A runbook link or annotation',
    },
    slaInForce: {
      type: 'boolean',
      description: 'A delivered offering has an active SLA in force',
    },
  },
  handler: async ({ discovery, auth }) => {
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'catalog',
    });
    const catalog = new CatalogClient({ discoveryApi: discovery });
    const [components, groups, offerings, slas] = await Promise.all([
      catalog.getEntities(
        {
          filter: { kind: 'component' },
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'metadata.annotations',
            'metadata.links',
            'spec.owner',
          ],
        },
        { token },
      ),
      catalog.getEntities(
        { filter: { kind: 'group' }, fields: ['metadata.name'] },
        { token },
      ),
      catalog.getEntities(
        {
          filter: { kind: 'serviceoffering' },
          fields: ['metadata.name', 'spec.serviceLevelAgreements'],
        },
        { token },
      ),
      catalog.getEntities(
        {
          filter: { kind: 'servicelevelagreement' },
          fields: ['metadata.name', 'spec'],
        },
        { token },
      ),
    ]);
    const today = DateTime.utc().toISODate();
    const groupNames = new Set(groups.items.map(g => g.metadata.name));
    const slaInForce = new Map(
      slas.items.map(s => [
        s.metadata.name,
        s.spec.type === 'sla' &&
          s.spec.status === 'active' &&
          (!s.spec.validFrom || s.spec.validFrom <= today) &&
          (!s.spec.validUntil || s.spec.validUntil >= today),
      ]),
    );
    const offeringHasSla = new Map(
      offerings.items.map(o => [
        o.metadata.name,
        (o.spec.serviceLevelAgreements ?? []).some(r =>
          slaInForce.get(shortName(r)),
        ),
      ]),
    );
    const timestamp = DateTime.now();
    return components.items.map(entity => {
      const annotations = entity.metadata.annotations ?? {};
      const owner = entity.spec?.owner;
      const ownerName =
        (typeof owner === 'string' && !owner.includes(':')) ||
        /^group:/i.test(owner ?? '')
          ? shortName(owner)
          : undefined;
      const delivered = (annotations[OFFERING] ?? '')
        .split(',')
        .map(s => s.trim())
        .filter(Boolean);
      return {
        entity: {
          namespace: entity.metadata.namespace,
          kind: entity.kind,
          name: entity.metadata.name,
        },
        facts: {
          ownerResolves: ownerName !== undefined && groupNames.has(ownerName),
          hasOnCall: has(annotations, ON_CALL),
          hasMonitoring:
            hasLink(entity.metadata.links, ['dashboard', 'monitoring']) ||
            has(annotations, MONITORING),
          hasRunbook:
            hasLink(entity.metadata.links, ['runbook']) ||
            has(annotations, [RUNBOOK]),
          slaInForce: delivered.some(o => offeringHasSla.get(shortName(o))),
        },
        timestamp,
      };
    });
  },
};

exports.smoBenchFactRetriever = smoBenchFactRetriever;
exports.default = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'smo-bench-facts',
  register(reg) {
    reg.registerInit({
      deps: { retrievers: techInsightsFactRetrieversExtensionPoint },
      async init({ retrievers }) {
        retrievers.addFactRetrievers({ smoBenchFactRetriever });
      },
    });
  },
});
