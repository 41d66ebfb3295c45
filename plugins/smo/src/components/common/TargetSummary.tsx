import { SlaTarget } from '@smo-backstage/plugin-smo-common';
import Typography from '@material-ui/core/Typography';
import { formatDuration } from './durations';
import { TargetRow, targetRows } from './targets';

function describe(row: TargetRow): string {
  const parts = [
    row.response && `respond in ${formatDuration(row.response)}`,
    row.resolution && `resolve in ${formatDuration(row.resolution)}`,
  ].filter(Boolean);
  return `${row.priority}: ${parts.join(', ')}`;
}

/** An agreement's targets in a few lines, P1 first — for tables that list several agreements. */
export function TargetSummary(props: { targets: SlaTarget[] | undefined }) {
  const rows = targetRows(props.targets);
  if (rows.length === 0) {
    return <>No targets</>;
  }
  return (
    <>
      {rows.map(row => (
        <Typography key={row.priority} variant="body2" component="div">
          {describe(row)}
        </Typography>
      ))}
    </>
  );
}
