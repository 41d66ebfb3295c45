import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { TableSection } from '../common/SmallTable';
import { attainmentGrid } from './attainmentGrid';

/**
 * The chart's figures as a table, one row per target (and availability), one column per month: what the chart shows
 * in colour, readable cell by cell and by screen readers, with the counts behind each figure.
 */
export function AttainmentTable(props: {
  grid: ReturnType<typeof attainmentGrid>;
  id: string;
}) {
  const { grid, id } = props;
  return (
    <TableSection
      id={id}
      title="Attainment by target"
      rows={grid.rows.length}
      empty="No target has incidents yet."
      columns={[
        'Target',
        ...grid.months.map(m =>
          DateTime.fromFormat(m, 'yyyy-MM').toFormat('LLL yyyy'),
        ),
      ]}
      paragraph
    >
      {grid.rows.map(row => (
        <TableRow key={row.label}>
          <TableCell style={{ whiteSpace: 'nowrap' }}>{row.label}</TableCell>
          {row.cells.map(cell => (
            <TableCell
              key={cell.month}
              title={cell.title}
              style={{ whiteSpace: 'nowrap' }}
            >
              {cell.tone === 'error' ? <strong>{cell.text}</strong> : cell.text}
              {cell.detail && (
                <Typography
                  variant="caption"
                  color="textSecondary"
                  component="div"
                >
                  {cell.detail}
                </Typography>
              )}
            </TableCell>
          ))}
        </TableRow>
      ))}
    </TableSection>
  );
}
