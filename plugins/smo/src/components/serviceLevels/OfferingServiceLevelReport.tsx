import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import GetApp from '@material-ui/icons/GetApp';
import Print from '@material-ui/icons/Print';
import { DateTime } from 'luxon';
import { ServiceLevelReport } from '../../api/SmoApi';
import { TableSection } from '../common/SmallTable';
import { downloadText } from '../portfolio/downloadCsv';
import { MonthStatusLabel } from './MonthStatusLabel';
import {
  agreementName,
  availabilityText,
  lastClosedMonth,
  monthLabel,
  reportRows,
  serviceLevelCsv,
  serviceLevelCsvName,
} from './serviceLevelText';

export const REPORT_ID = 'smo-service-level-report';

// Printing shows the report alone: everything else on the page is hidden, the report laid out from the top.
const useStyles = makeStyles({
  '@global': {
    '@media print': {
      'body *': { visibility: 'hidden' },
      [`#${REPORT_ID}, #${REPORT_ID} *`]: { visibility: 'visible' },
      [`#${REPORT_ID}`]: {
        position: 'absolute',
        left: 0,
        top: 0,
        width: '100%',
      },
      [`#${REPORT_ID} .smo-no-print`]: { display: 'none' },
    },
  },
});

/**
 * An offering's service levels in business terms, for the people who buy and run the service: per agreement the last
 * closed month in sentences ("Online Checkout: 99.69% available against 99.95% promised (2 h 10 min of outage)"),
 * then every month, newest first. Exportable as CSV and printable on its own.
 */
export function OfferingServiceLevelReport(props: {
  report: ServiceLevelReport;
  offeringTitle: string;
}) {
  useStyles();
  const { report, offeringTitle } = props;
  const closed = lastClosedMonth(DateTime.utc());
  const rows = reportRows(report);
  const headlines = report.agreements.flatMap(agreement => {
    const month =
      agreement.months.find(m => m.month === closed) ??
      agreement.months[agreement.months.length - 1];
    return month ? [{ agreement, month }] : [];
  });

  return (
    <div id={REPORT_ID}>
      <InfoCard
        title="Service-level report"
        subheader={`${offeringTitle}, ${monthLabel(
          report.from,
        )} to ${monthLabel(report.to)}`}
        action={
          <Box className="smo-no-print" display="flex" mt={1} mr={1}>
            <Box mr={1}>
              <Button
                variant="outlined"
                color="primary"
                startIcon={<GetApp />}
                disabled={rows.length === 0}
                onClick={() =>
                  downloadText(
                    serviceLevelCsvName(report.entityRef, new Date()),
                    serviceLevelCsv(report),
                  )
                }
              >
                Export CSV
              </Button>
            </Box>
            <Button
              variant="outlined"
              color="primary"
              startIcon={<Print />}
              onClick={() => window.print()}
            >
              Print
            </Button>
          </Box>
        }
      >
        {headlines.length === 0 ? (
          <Typography variant="body1" paragraph>
            No month measured yet for the agreements of {offeringTitle}.
          </Typography>
        ) : (
          headlines.map(({ agreement, month }) => (
            <Typography key={agreement.agreementRef} variant="body1" paragraph>
              <strong>
                {offeringTitle} in {monthLabel(month.month)}
              </strong>{' '}
              ({agreementName(agreement)}): {month.summary.join('; ')}.
            </Typography>
          ))
        )}
        <TableSection
          id={`${REPORT_ID}-months`}
          title="Every month"
          rows={rows.length}
          empty="No month measured yet."
          columns={[
            'Month',
            'Agreement',
            'Status',
            'Availability',
            'In business terms',
          ]}
        >
          {rows.map(({ agreement, month }) => (
            <TableRow key={`${agreement.agreementRef}-${month.month}`}>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {monthLabel(month.month)}
              </TableCell>
              <TableCell>{agreementName(agreement)}</TableCell>
              <TableCell>
                <MonthStatusLabel status={month.status} />
              </TableCell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {availabilityText(month)}
              </TableCell>
              <TableCell>{month.summary.join('; ')}</TableCell>
            </TableRow>
          ))}
        </TableSection>
      </InfoCard>
    </div>
  );
}
