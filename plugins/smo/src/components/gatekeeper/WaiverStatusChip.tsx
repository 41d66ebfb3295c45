import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { BackstageTheme } from '@backstage/theme';
import { WaiverStatus } from '@smo-backstage/plugin-smo-common';

const LABELS: Record<WaiverStatus, string> = {
  requested: 'Requested',
  approved: 'Approved',
  rejected: 'Rejected',
  revoked: 'Revoked',
};

const useStyles = makeStyles<BackstageTheme>(theme => ({
  requested: { borderColor: theme.palette.status.pending },
  approved: { borderColor: theme.palette.status.ok },
  rejected: { borderColor: theme.palette.status.error },
  revoked: { borderColor: theme.palette.status.aborted },
}));

/** A waiver's status as a word with a theme-coloured outline. */
export function WaiverStatusChip(props: { status: WaiverStatus }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      variant="outlined"
      label={LABELS[props.status]}
      className={classes[props.status]}
    />
  );
}
