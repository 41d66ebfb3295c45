import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ServiceLevelAgreementEntity } from '@smo-backstage/plugin-smo-common';
import Typography from '@material-ui/core/Typography';
import { TargetRow, formatDuration, targetRows } from '../../common';

const duration = (iso: string | undefined) =>
  iso ? formatDuration(iso) : 'No target';

const columns: TableColumn<TargetRow>[] = [
  { title: 'Priority', field: 'priority' },
  { title: 'Response', render: row => duration(row.response) },
  { title: 'Resolution', render: row => duration(row.resolution) },
];

/** Response and resolution targets per incident priority, in words. */
export function AgreementTargetsCard() {
  const { entity } = useEntity<ServiceLevelAgreementEntity>();
  const rows = targetRows(entity.spec.targets);
  if (rows.length === 0) {
    return (
      <InfoCard title="Targets">
        <Typography variant="body2">This agreement sets no targets.</Typography>
      </InfoCard>
    );
  }
  return (
    <Table<TargetRow>
      title="Targets"
      columns={columns}
      data={rows}
      options={{ paging: false, search: false, padding: 'dense' }}
    />
  );
}
