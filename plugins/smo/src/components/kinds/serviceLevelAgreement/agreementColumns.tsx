import { TableColumn } from '@backstage/core-components';
import { EntityTable } from '@backstage/plugin-catalog-react';
import { ServiceLevelAgreementEntity } from '@smo-backstage/plugin-smo-common';
import { StandingStatus, TargetSummary, agreementStanding } from '../../common';

type Column = TableColumn<ServiceLevelAgreementEntity>;

/** Columns describing agreements listed on another entity's page (an offering's SLAs, an SLA's OLAs/UCs). */
export const agreementColumns: Column[] = [
  EntityTable.columns.createEntityRefColumn<ServiceLevelAgreementEntity>({
    defaultKind: 'servicelevelagreement',
  }),
  {
    title: 'Type',
    field: 'spec.type',
    render: ({ spec }) => spec.type.toLocaleUpperCase('en-US'),
  },
  {
    title: 'Standing',
    render: ({ spec }) => <StandingStatus standing={agreementStanding(spec)} />,
  },
  {
    title: 'Availability',
    render: ({ spec }) =>
      spec.availability === undefined ? '—' : `${spec.availability} %`,
  },
  {
    title: 'Targets',
    render: ({ spec }) => <TargetSummary targets={spec.targets} />,
  },
];
