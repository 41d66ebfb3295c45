import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import { blockerChecks, isUnmet } from '../readiness/checkPresentation';
import { StatusChip } from '../readiness/StatusChip';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  item: { marginTop: theme.spacing(1.5) },
  title: { fontWeight: theme.typography.fontWeightBold as number },
}));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Ready or not at a glance; when not ready, each blocker with what was found and how to fix it, first. */
export function VerdictBanner(props: { readiness: ReadinessResult }) {
  const classes = useStyles();
  const { verdict, checks, blockers, score } = props.readiness;
  const advisoryUnmet = checks.filter(
    c => c.severity === 'advisory' && isUnmet(c),
  ).length;

  if (verdict === 'ready') {
    return (
      <Alert severity="success" variant="outlined" role="status">
        <AlertTitle>Ready for service</AlertTitle>
        Every blocking check passes, is not applicable or is waived (score{' '}
        {score}/100).
        {advisoryUnmet > 0 &&
          ` ${plural(
            advisoryUnmet,
            'advisory check',
          )} not met yet — see the checks below.`}
      </Alert>
    );
  }

  const blocking = blockerChecks(checks, blockers);
  return (
    <Alert severity="error" variant="outlined" role="status">
      <AlertTitle>
        Not ready for service — {plural(blocking.length, 'blocker')}
      </AlertTitle>
      <Typography variant="body2">
        Fix these blocking checks (or get a waiver) to be ready:
      </Typography>
      <ol className={classes.list} aria-label="Blockers">
        {blocking.map(check => (
          <li key={check.id} className={classes.item}>
            <Box display="flex" alignItems="center" style={{ gap: 8 }}>
              <StatusChip status={check.status} />
              <Typography variant="body2" className={classes.title}>
                {check.title}
              </Typography>
              {/* Not textSecondary: on the page's grey it is below 4.5:1. */}
              <Typography variant="caption">{check.id}</Typography>
            </Box>
            <Typography variant="body2">{check.message}</Typography>
            <Typography variant="body2">
              <strong>How to fix:</strong> {check.howToFix}
            </Typography>
          </li>
        ))}
      </ol>
    </Alert>
  );
}
