import { TableColumn } from '@backstage/core-components';
import { EntityTable } from '@backstage/plugin-catalog-react';
import { ProcessOwnerEntity } from '@smo-backstage/plugin-smo-common';
import { SpecRefs } from '../../common';
import { isOrganisationWide } from './coverage';

/** A column of the users `usersOf` reads from the spec, resolved in the process owner's namespace. */
const userColumn = (
  title: string,
  usersOf: (spec: ProcessOwnerEntity['spec']) => string[] | undefined,
): TableColumn<ProcessOwnerEntity> => ({
  title,
  render: ({ spec, metadata }) => (
    <SpecRefs
      entityRefs={usersOf(spec)}
      defaultKind="user"
      namespace={metadata.namespace}
    />
  ),
});

/** Columns for process owners listed on an offering's page. */
export const processOwnerColumns: TableColumn<ProcessOwnerEntity>[] = [
  EntityTable.columns.createEntityRefColumn<ProcessOwnerEntity>({
    defaultKind: 'processowner',
  }),
  {
    title: 'Practice',
    field: 'spec.practice',
  },
  userColumn('Process owner', spec => [spec.owner]),
  userColumn('Managers', spec => spec.managers),
  {
    title: 'Scope',
    render: owner =>
      isOrganisationWide(owner) ? 'Organisation-wide' : 'Scoped',
  },
];
