import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import ReportProblemOutlined from '@material-ui/icons/ReportProblemOutlined';
import { BackstageTheme } from '@backstage/theme';

const useStyles = makeStyles<BackstageTheme>(theme => ({
  chip: {
    borderColor: theme.palette.status.warning,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  icon: { color: `${theme.palette.status.warning} !important` },
}));

/** "At risk" beside the verdict (never folded into it): an outlined chip with a word and an icon, not colour alone. */
export function AtRiskChip(props: { size?: 'small' | 'medium' }) {
  const classes = useStyles();
  return (
    <Chip
      size={props.size ?? 'small'}
      variant="outlined"
      label="At risk"
      icon={<ReportProblemOutlined className={classes.icon} aria-hidden />}
      className={classes.chip}
    />
  );
}
