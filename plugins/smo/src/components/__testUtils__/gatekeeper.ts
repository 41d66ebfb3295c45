import { SmoApi } from '../../api/SmoApi';

// The SMO API around the gatekeeper records of @smo-backstage/plugin-smo-common/testUtils.

/** Reads of an entity with no workflow yet: what every gatekeeper section loads. */
export const emptyWorkflow: Partial<SmoApi> = {
  listHandovers: async () => [],
  listWaivers: async () => [],
  listAttestations: async () => ({
    items: [],
    types: ['restore-tested', 'security-review', 'rollback-tested'],
  }),
  listDecisions: async () => [],
};

let next = 0;
/** A component of its own per test: permission answers are cached per permission and entity across renders. */
export const freshName = (prefix = 'svc') => `${prefix}-${(next += 1)}`;
