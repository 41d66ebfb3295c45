import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ServiceLevelAgreementEntity } from '@smo-backstage/plugin-smo-common';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { formatDuration, targetRows } from '../../common';
import { SmallTable } from '../../common/SmallTable';

const duration = (iso: string | undefined) =>
  iso ? formatDuration(iso) : 'No target';

/**
 * Response and resolution targets per incident priority, in words, in the agreement's order: a small table named
 * "Targets" (no sort buttons in its header: a few rows, and a sortable header cell is a nested interactive control).
 */
export function AgreementTargetsCard() {
  const { entity } = useEntity<ServiceLevelAgreementEntity>();
  const rows = targetRows(entity.spec.targets);
  return (
    <InfoCard title="Targets">
      {rows.length === 0 ? (
        <Typography variant="body2">This agreement sets no targets.</Typography>
      ) : (
        <SmallTable
          label="Targets"
          columns={['Priority', 'Response', 'Resolution']}
        >
          {rows.map(row => (
            <TableRow key={row.priority}>
              <TableCell>{row.priority}</TableCell>
              <TableCell>{duration(row.response)}</TableCell>
              <TableCell>{duration(row.resolution)}</TableCell>
            </TableRow>
          ))}
        </SmallTable>
      )}
    </InfoCard>
  );
}
