import { useEntity } from '@backstage/plugin-catalog-react';
import { ProcessOwnerEntity } from '@smo-backstage/plugin-smo-common';
import { DetailsCard, SpecRef, SpecRefs } from '../../common';
import { isOrganisationWide } from './coverage';
import { ScopeList } from './ScopeList';

/** Which practice, who owns and manages it, and where their accountability applies. */
export function ProcessOwnerDetailsCard() {
  const { entity } = useEntity<ProcessOwnerEntity>();
  const { spec } = entity;
  return (
    <DetailsCard
      title="Process ownership"
      rows={{
        Practice: spec.practice,
        'Process owner': <SpecRef entityRef={spec.owner} defaultKind="user" />,
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
  );
}
