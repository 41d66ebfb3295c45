import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleOutline from '@material-ui/icons/CheckCircleOutline';
import HighlightOff from '@material-ui/icons/HighlightOff';
import HelpOutline from '@material-ui/icons/HelpOutline';
import ReportProblemOutlined from '@material-ui/icons/ReportProblemOutlined';
import RemoveCircleOutline from '@material-ui/icons/RemoveCircleOutline';
import VerifiedUserOutlined from '@material-ui/icons/VerifiedUserOutlined';
import { BackstageTheme } from '@backstage/theme';
import { CheckStatus } from '@smo-backstage/plugin-smo-common';
import { STATUS_PRESENTATION, StatusTone } from './checkPresentation';

const ICONS: Record<CheckStatus, typeof CheckCircleOutline> = {
  pass: CheckCircleOutline,
  fail: HighlightOff,
  unknown: HelpOutline,
  error: ReportProblemOutlined,
  waived: VerifiedUserOutlined,
  'not-applicable': RemoveCircleOutline,
};

const useStyles = makeStyles<BackstageTheme, { tone: StatusTone }>(theme => ({
  chip: ({ tone }) => ({
    borderColor: theme.palette.status[tone],
    fontWeight: theme.typography.fontWeightMedium as number,
    minWidth: 84,
    justifyContent: 'flex-start',
  }),
  icon: ({ tone }) => ({ color: `${theme.palette.status[tone]} !important` }),
}));

/** A check's status as icon, word and colour (never colour alone), with what it means on hover and focus. */
export function StatusChip(props: { status: CheckStatus }) {
  const { label, tone, description } = STATUS_PRESENTATION[props.status];
  const classes = useStyles({ tone });
  const Icon = ICONS[props.status];
  return (
    <Tooltip title={description}>
      <Chip
        size="small"
        variant="outlined"
        label={label}
        icon={<Icon className={classes.icon} aria-hidden />}
        className={classes.chip}
        aria-label={`Status: ${label}. ${description}`}
        tabIndex={0}
      />
    </Tooltip>
  );
}
