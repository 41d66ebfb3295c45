import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ProcessOwnerEntity } from '@smo-backstage/plugin-smo-common';
import { DetailsTable, SpecRef, SpecRefs } from '../../common';
import { isOrganisationWide } from './coverage';
import { ScopeList } from './ScopeList';

/** Which practice, who owns and manages it, and where their accountability applies. */
export function ProcessOwnerDetailsCard() {
  const { entity } = useEntity<ProcessOwnerEntity>();
  const { spec } = entity;
  return (
    <InfoCard title="Process ownership">
      <DetailsTable
        rows={{
          Practice: spec.practice,
          'Process owner': (
            <SpecRef entityRef={spec.owner} defaultKind="user" />
          ),
          'Process managers': (
            <SpecRefs
              entityRefs={spec.managers}
              defaultKind="user"
              fallback="None named"
            />
          ),
          Scope: isOrganisationWide(entity) ? (
            'Organisation-wide'
          ) : (
            <ScopeList
              scope={spec.scope ?? []}
              namespace={entity.metadata.namespace}
            />
          ),
        }}
      />
    </InfoCard>
  );
}
