import { TableColumn } from '@backstage/core-components';
import { EntityTable } from '@backstage/plugin-catalog-react';
import { ServiceOfferingEntity } from '@smo-backstage/plugin-smo-common';

/** Columns for offerings listed on another entity's page (a component's, an agreement's). */
export const offeringColumns: TableColumn<ServiceOfferingEntity>[] = [
  EntityTable.columns.createEntityRefColumn<ServiceOfferingEntity>({
    defaultKind: 'serviceoffering',
  }),
  { title: 'Type', field: 'spec.type' },
  { title: 'Lifecycle', field: 'spec.lifecycle' },
  { title: 'Tier', field: 'spec.criticality' },
  EntityTable.columns.createOwnerColumn<ServiceOfferingEntity>(),
];
