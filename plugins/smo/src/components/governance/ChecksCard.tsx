import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { CheckResult } from '@smo-backstage/plugin-smo-common';
import { CampaignNote } from '../improvement/CampaignNote';
import { groupChecksByCategory } from '../readiness/checkPresentation';
import { StatusChip } from '../readiness/StatusChip';
import { useGovernance } from './GovernanceContext';

const useStyles = makeStyles(theme => ({
  group: { marginTop: theme.spacing(3), '&:first-child': { marginTop: 0 } },
  // Fixed layout, so the columns line up from one area to the next.
  table: { tableLayout: 'fixed' },
  status: { width: 120 },
  check: { width: '24%', overflowWrap: 'anywhere' },
  severity: { width: 100 },
  finding: { width: '30%' },
  blocking: { fontWeight: theme.typography.fontWeightBold as number },
  id: { display: 'block', color: theme.palette.text.secondary },
}));

function CheckRow(props: { check: CheckResult }) {
  const classes = useStyles();
  const { check } = props;
  return (
    <TableRow>
      <TableCell>
        <StatusChip status={check.status} />
      </TableCell>
      <TableCell component="th" scope="row">
        {check.title}
        <Typography variant="caption" className={classes.id}>
          {check.id}
        </Typography>
      </TableCell>
      <TableCell
        className={check.severity === 'blocking' ? classes.blocking : undefined}
      >
        {check.severity === 'blocking' ? 'Blocking' : 'Advisory'}
      </TableCell>
      <TableCell>
        {check.message}
        {check.campaign && (
          <CampaignNote check={{ ...check, campaign: check.campaign }} />
        )}
      </TableCell>
      <TableCell>
        {check.status === 'pass' || check.status === 'not-applicable'
          ? '—'
          : check.howToFix}
      </TableCell>
    </TableRow>
  );
}

/**
 * Checks grouped by ITIL area with the unmet ones first, each with its finding and how to fix it: a component's
 * checks on its Governance tab, an offering's own checks on the offering's.
 */
export function CheckGroups(props: { checks: CheckResult[] }) {
  const classes = useStyles();
  const groups = groupChecksByCategory(props.checks);
  return (
    <>
      {groups.map(group => (
        <Box key={group.category} className={classes.group}>
          <Typography
            variant="h6"
            component="h3"
            id={`smo-checks-${group.category}`}
          >
            {group.title}
            {group.unmet > 0 && (
              <Typography
                variant="body2"
                component="span"
                color="textSecondary"
              >
                {' '}
                · {group.unmet} not met
              </Typography>
            )}
          </Typography>
          <Table
            size="small"
            className={classes.table}
            aria-labelledby={`smo-checks-${group.category}`}
          >
            <TableHead>
              <TableRow>
                <TableCell className={classes.status}>Status</TableCell>
                <TableCell className={classes.check}>Check</TableCell>
                <TableCell className={classes.severity}>Severity</TableCell>
                <TableCell className={classes.finding}>Finding</TableCell>
                <TableCell>How to fix</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {group.checks.map(check => (
                <CheckRow key={check.id} check={check} />
              ))}
            </TableBody>
          </Table>
        </Box>
      ))}
    </>
  );
}

/** A summary line of checks: "9 checks in 3 areas, 2 not met". */
export function checksSubheader(checks: CheckResult[]): string {
  const groups = groupChecksByCategory(checks);
  const unmet = groups.reduce((n, g) => n + g.unmet, 0);
  return `${checks.length} checks in ${groups.length} areas, ${unmet} not met`;
}

/** Every check, grouped by ITIL area with the unmet ones first, each with its finding and how to fix it. */
export function ChecksCard() {
  const { checks } = useGovernance().readiness;
  return (
    <InfoCard title="Checks" subheader={checksSubheader(checks)}>
      <CheckGroups checks={checks} />
    </InfoCard>
  );
}
