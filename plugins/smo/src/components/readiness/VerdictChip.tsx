import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircle from '@material-ui/icons/CheckCircle';
import Block from '@material-ui/icons/Block';
import { BackstageTheme } from '@backstage/theme';
import { Verdict } from '@smo-backstage/plugin-smo-common';
import { readableTextOn } from '../common/contrast';

const useStyles = makeStyles<BackstageTheme, { ready: boolean }>(theme => ({
  chip: ({ ready }) => {
    const background = ready
      ? theme.palette.status.ok
      : theme.palette.status.error;
    return {
      backgroundColor: background,
      color: readableTextOn(background),
      fontWeight: theme.typography.fontWeightBold as number,
    };
  },
  icon: ({ ready }) => ({
    color: `${readableTextOn(
      ready ? theme.palette.status.ok : theme.palette.status.error,
    )} !important`,
  }),
}));

/** Verdict label shared by the tab, the card and the portfolio. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  ready: 'Ready',
  'not-ready': 'Not ready',
};

/** "Ready" or "Not ready" as a filled chip with an icon, its text black or white, whichever reads better (4.5:1). */
export function VerdictChip(props: {
  verdict: Verdict;
  size?: 'small' | 'medium';
}) {
  const ready = props.verdict === 'ready';
  const classes = useStyles({ ready });
  const Icon = ready ? CheckCircle : Block;
  return (
    <Chip
      size={props.size ?? 'small'}
      label={VERDICT_LABELS[props.verdict]}
      icon={<Icon className={classes.icon} aria-hidden />}
      className={classes.chip}
    />
  );
}
