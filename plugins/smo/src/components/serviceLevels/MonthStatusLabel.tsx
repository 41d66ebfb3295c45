import { BackstageTheme } from '@backstage/theme';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleOutline from '@material-ui/icons/CheckCircleOutline';
import HighlightOff from '@material-ui/icons/HighlightOff';
import RemoveCircleOutline from '@material-ui/icons/RemoveCircleOutline';
import Schedule from '@material-ui/icons/Schedule';
import { MonthStatus } from '@smo-backstage/plugin-smo-common';

type Tone = 'error' | 'warning' | 'ok' | 'aborted';

const SHOWN: Record<MonthStatus, [typeof CheckCircleOutline, string, Tone]> = {
  breached: [HighlightOff, 'Breached', 'error'],
  pending: [Schedule, 'Open incidents', 'warning'],
  met: [CheckCircleOutline, 'Met', 'ok'],
  'no-incidents': [RemoveCircleOutline, 'No incidents', 'aborted'],
};

const useStyles = makeStyles<BackstageTheme, { tone: Tone }>(theme => ({
  label: { display: 'inline-flex', alignItems: 'center', whiteSpace: 'nowrap' },
  icon: ({ tone }) => ({
    color: theme.palette.status[tone],
    fontSize: '1.1em',
    marginRight: theme.spacing(0.5),
  }),
}));

/**
 * A month's status as an icon in the theme's status colour and its word: it reads without colour, and screen readers
 * read the word (core-components' Status* hide their children from them).
 */
export function MonthStatusLabel(props: { status: MonthStatus }) {
  const [Icon, label, tone] = SHOWN[props.status];
  const classes = useStyles({ tone });
  return (
    <span className={classes.label}>
      <Icon className={classes.icon} aria-hidden />
      {label}
    </span>
  );
}
