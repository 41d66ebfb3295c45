import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { parseEntityRef } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { AgreementServiceLevels as Agreement } from '../../api/SmoApi';
import { TableSection } from '../common/SmallTable';
import { AttainmentChart } from './AttainmentChart';
import { AttainmentTable } from './AttainmentTable';
import { describeGrid, attainmentGrid } from './attainmentGrid';
import { MonthStatusLabel } from './MonthStatusLabel';
import {
  availabilityText,
  monthLabel,
  targetLabel,
  tookText,
} from './serviceLevelText';

const useStyles = makeStyles({ nowrap: { whiteSpace: 'nowrap' } });

const OUTCOME = { breached: 'missed', met: 'met', pending: 'still open' };

/** `missed (5 h 30 min against 2 h)`: an underpinning agreement's own result for the incident. */
const underpinningText = (
  u: Parameters<typeof tookText>[0] & { outcome: keyof typeof OUTCOME },
) =>
  u.outcome === 'pending'
    ? OUTCOME.pending
    : `${OUTCOME[u.outcome]} (${tookText(u)})`;

/** A link to an entity's page, named by the entity's name; underlined, as it stands in running text. */
function EntityLink(props: { entityRef: string }) {
  const entityRoute = useRouteRef(entityRouteRef);
  const ref = parseEntityRef(props.entityRef);
  return (
    <Link
      underline="always"
      to={entityRoute({
        kind: ref.kind,
        namespace: ref.namespace,
        name: ref.name,
      })}
    >
      {ref.name}
    </Link>
  );
}

/**
 * One agreement's service levels: attainment per target and month (chart), the months (table, newest first), the
 * incidents behind each breach with the underpinning OLAs' and UCs' own results, and corrections of frozen months.
 */
export function AgreementServiceLevels(props: {
  agreement: Agreement;
  /** Prefix of the element ids, unique on the page. */
  idPrefix: string;
  /** Whether to list the months (an offering's report lists them already). */
  months?: boolean;
}) {
  const { agreement, idPrefix } = props;
  const showMonths = props.months ?? true;
  const months = [...agreement.months].reverse();
  const breaches = months.flatMap(m =>
    m.figures.targets.flatMap(t =>
      t.breaches.map(b => ({ month: m.month, target: t, breach: b })),
    ),
  );
  const corrections = months.flatMap(m =>
    m.corrections.map(c => ({ reportedWith: m.month, correction: c })),
  );
  const grid = attainmentGrid(agreement);
  const classes = useStyles();

  return (
    <>
      <Typography variant="body2" color="textSecondary" paragraph>
        Service hours {agreement.serviceHours}
        {agreement.availability !== undefined &&
          `; ${agreement.availability}% availability promised`}
        .
      </Typography>
      {agreement.months.length > 0 && (
        <Box mb={2}>
          <AttainmentChart agreement={agreement} />
          <Typography variant="caption" color="textSecondary" component="p">
            {describeGrid(grid)} Cells show attainment: the share of decided
            incidents handled within the target.
          </Typography>
          <Box mt={2}>
            <AttainmentTable grid={grid} id={`${idPrefix}-attainment`} />
          </Box>
        </Box>
      )}
      {showMonths && (
        <TableSection
          id={`${idPrefix}-months`}
          title="Months"
          rows={months.length}
          empty="No month measured yet: figures appear after the service-level task has read the incident sources."
          columns={[
            'Month',
            'Status',
            'Availability',
            'In business terms',
            'State',
          ]}
          paragraph
        >
          {months.map(m => (
            <TableRow key={m.month}>
              <TableCell className={classes.nowrap}>
                {monthLabel(m.month)}
              </TableCell>
              <TableCell>
                <MonthStatusLabel status={m.status} />
              </TableCell>
              <TableCell className={classes.nowrap}>
                {availabilityText(m)}
              </TableCell>
              <TableCell>{m.summary.join('; ')}</TableCell>
              <TableCell className={classes.nowrap}>
                {m.frozenAt
                  ? `Frozen ${DateTime.fromISO(m.frozenAt).toISODate()}`
                  : 'Open'}
              </TableCell>
            </TableRow>
          ))}
        </TableSection>
      )}
      <Box mt={2}>
        <TableSection
          id={`${idPrefix}-breaches`}
          title="Breaches"
          rows={breaches.length}
          empty="No incident missed a target in these months."
          columns={[
            'Month',
            'Incident',
            'Target',
            'Took',
            'Underpinning agreements',
          ]}
          paragraph
        >
          {breaches.map(({ month, target, breach }) => (
            <TableRow
              key={`${month}-${targetLabel(target)}-${breach.incidentId}`}
            >
              <TableCell className={classes.nowrap}>
                {monthLabel(month)}
              </TableCell>
              <TableCell>
                <strong>{breach.incidentId}</strong>
                {breach.summary && ` — ${breach.summary}`}
                <br />
                <Typography variant="caption" color="textSecondary">
                  opened{' '}
                  {DateTime.fromISO(breach.openedAt)
                    .toUTC()
                    .toFormat('d LLL yyyy HH:mm')}{' '}
                  UTC
                  {breach.entityRef && (
                    <>
                      {' '}
                      on <EntityLink entityRef={breach.entityRef} />
                    </>
                  )}
                </Typography>
              </TableCell>
              <TableCell className={classes.nowrap}>
                {targetLabel(target)}
              </TableCell>
              <TableCell>{tookText(breach)}</TableCell>
              <TableCell>
                {breach.underpinning.length === 0
                  ? '–'
                  : breach.underpinning.map(u => (
                      <div key={u.agreementRef}>
                        <EntityLink entityRef={u.agreementRef} />:{' '}
                        {underpinningText(u)}
                      </div>
                    ))}
              </TableCell>
            </TableRow>
          ))}
        </TableSection>
      </Box>
      {corrections.length > 0 && (
        <Box mt={2}>
          <TableSection
            id={`${idPrefix}-corrections`}
            title="Corrections of frozen months"
            rows={corrections.length}
            empty=""
            columns={[
              'Month',
              'Reported with',
              'Found',
              'Incidents then → now',
            ]}
          >
            {corrections.map(({ reportedWith, correction }) => (
              <TableRow
                key={`${reportedWith}-${correction.month}-${correction.foundAt}`}
              >
                <TableCell>{monthLabel(correction.month)}</TableCell>
                <TableCell>{monthLabel(reportedWith)}</TableCell>
                <TableCell>
                  {DateTime.fromISO(correction.foundAt).toISODate()}
                </TableCell>
                <TableCell>
                  {correction.frozen.incidentIds.length} →{' '}
                  {correction.now.incidentIds.length}
                  {correction.frozen.availability !==
                    correction.now.availability &&
                    `; availability ${
                      correction.frozen.availability ?? '–'
                    }% → ${correction.now.availability ?? '–'}%`}
                </TableCell>
              </TableRow>
            ))}
          </TableSection>
        </Box>
      )}
    </>
  );
}
