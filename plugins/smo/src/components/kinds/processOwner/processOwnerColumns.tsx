import { TableColumn } from '@backstage/core-components';
import { EntityTable } from '@backstage/plugin-catalog-react';
import { ProcessOwnerEntity } from '@smo-backstage/plugin-smo-common';
import { SpecRef, SpecRefs } from '../../common';
import { isOrganisationWide } from './coverage';

/** Columns for process owners listed on an offering's page. */
export const processOwnerColumns: TableColumn<ProcessOwnerEntity>[] = [
  EntityTable.columns.createEntityRefColumn<ProcessOwnerEntity>({
    defaultKind: 'processowner',
  }),
  {
    title: 'Practice',
    field: 'spec.practice',
  },
  {
    title: 'Process owner',
    render: ({ spec, metadata }) => (
      <SpecRef
        entityRef={spec.owner}
        defaultKind="user"
        namespace={metadata.namespace}
      />
    ),
  },
  {
    title: 'Managers',
    render: ({ spec, metadata }) => (
      <SpecRefs
        entityRefs={spec.managers}
        defaultKind="user"
        namespace={metadata.namespace}
      />
    ),
  },
  {
    title: 'Scope',
    render: owner =>
      isOrganisationWide(owner) ? 'Organisation-wide' : 'Scoped',
  },
];
