import { ReactElement } from 'react';
import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import { SmoApi } from '../../api/SmoApi';
import { EntityGovernanceContent } from '../governance/EntityGovernanceContent';
import { mockSmoApi, permissionsAllowing, renderWithSmo } from './apis';
import { emptyWorkflow, freshName } from './gatekeeper';
import { readyResult } from './readiness';
import { component } from '@smo-backstage/plugin-smo-common/testUtils';

/**
 * Renders one gatekeeper section inside the real Governance tab for a component of its own, with an SMO API whose
 * reads default to an empty workflow, and a permission API allowing the permissions `permit` names.
 */
export async function renderSection(
  section: ReactElement,
  options: {
    api?: (entityRef: string) => Partial<SmoApi>;
    permit?: (permission: string) => boolean;
    readiness?: ReadinessResult;
    config?: object;
    /** The signed-in user (see renderWithSmo). */
    me?: string;
  } = {},
) {
  const name = freshName();
  const entityRef = `component:default/${name}`;
  const readiness = { ...(options.readiness ?? readyResult), entityRef };
  const smoApi = mockSmoApi({
    getReadiness: async () => readiness,
    getHistory: async () => ({ entityRef, items: [] }),
    ...emptyWorkflow,
    ...options.api?.(entityRef),
  });
  const alertApi = { post: jest.fn(), alert$: jest.fn() as any };
  await renderWithSmo(
    <EntityGovernanceContent>{section}</EntityGovernanceContent>,
    {
      smoApi,
      entity: component(name),
      alertApi,
      config: options.config,
      me: options.me,
      permissionApi: permissionsAllowing(options.permit ?? (() => true)),
    },
  );
  return { smoApi, alertApi, entityRef };
}
