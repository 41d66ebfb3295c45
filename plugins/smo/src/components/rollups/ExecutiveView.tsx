import { useState } from 'react';
import { Link, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, entityRouteRef } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import GetApp from '@material-ui/icons/GetApp';
import Print from '@material-ui/icons/Print';
import { ExecutiveRow } from '@smo-backstage/plugin-smo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { SmoApi, smoApiRef } from '../../api/SmoApi';
import { GOVERNANCE_TAB_PATH } from '../../routes';
import { TableSection } from '../common/SmallTable';
import { downloadText } from '../portfolio/downloadCsv';
import { ErrorState } from '../readiness/ErrorState';
import { VerdictChip } from '../readiness/VerdictChip';
import { MonthStatusLabel } from '../serviceLevels/MonthStatusLabel';
import { monthLabel } from '../serviceLevels/serviceLevelText';
import { AtRiskChip } from './AtRiskChip';
import { executiveCsv, executiveCsvName } from './executiveCsv';
import { printSection, printStyles } from './printSection';
import { acceptedRiskText, dayLabel, movementText } from './rollupText';
import { Pager } from '../common/Pager';

export const EXECUTIVE_ID = 'smo-executive-view';
const PAGE = 20;
/** The API's largest page, for the CSV of every row. */
const ALL = 200;

const useStyles = makeStyles(theme => ({
  '@global': printStyles(EXECUTIVE_ID),
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  nowrap: { whiteSpace: 'nowrap' },
  // Names wrap between words, not inside them.
  name: { minWidth: theme.spacing(18) },
  components: { minWidth: theme.spacing(20) },
}));

/** The offerings a row's risk comes from — the far end of each path, each once — with the paths themselves on the offering's tab. */
function WeakDependencies(props: { risks: ExecutiveRow['dependencyRisks'] }) {
  const weak = [...new Set(props.risks.map(r => r.path[r.path.length - 1]))];
  return (
    <Typography variant="body2" component="span">
      through{' '}
      {weak.map((ref, i) => (
        <span key={ref}>
          {i > 0 && ', '}
          <EntityRefLink
            entityRef={ref}
            defaultKind="serviceoffering"
            underline="always"
          />
        </span>
      ))}
    </Typography>
  );
}

/** Every row of the executive view, page by page, for the CSV. */
async function allRows(smoApi: SmoApi): Promise<ExecutiveRow[]> {
  const rows: ExecutiveRow[] = [];
  for (;;) {
    const page = await smoApi.getExecutiveSummary({
      limit: ALL,
      offset: rows.length,
    });
    rows.push(...page.items);
    if (page.items.length === 0 || rows.length >= page.totalCount) return rows;
  }
}

function OfferingCell(props: { row: ExecutiveRow }) {
  const entityRoute = useRouteRef(entityRouteRef);
  const ref = parseEntityRef(props.row.offeringRef);
  return (
    <Link
      to={`${entityRoute({
        kind: ref.kind,
        namespace: ref.namespace,
        name: ref.name,
      })}/${GOVERNANCE_TAB_PATH}`}
    >
      {props.row.title ?? ref.name}
    </Link>
  );
}

function ExecutiveTableRow(props: { row: ExecutiveRow }) {
  const classes = useStyles();
  const { row } = props;
  return (
    <TableRow>
      <TableCell component="th" scope="row" className={classes.name}>
        <OfferingCell row={row} />
        {row.tier && (
          <Typography variant="caption" display="block">
            {row.tier}
            {row.lifecycle && `, ${row.lifecycle}`}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <VerdictChip verdict={row.verdict} />
        <Typography variant="body2">{row.score}/100</Typography>
      </TableCell>
      <TableCell>
        {row.atRisk ? (
          <>
            <AtRiskChip /> <WeakDependencies risks={row.dependencyRisks} />
          </>
        ) : (
          'No'
        )}
      </TableCell>
      <TableCell>
        {row.serviceLevel ? (
          <>
            <MonthStatusLabel status={row.serviceLevel.status} />
            {row.serviceLevel.summary.map(sentence => (
              <Typography variant="body2" key={sentence}>
                {sentence}
              </Typography>
            ))}
          </>
        ) : (
          'No figures'
        )}
      </TableCell>
      <TableCell className={classes.nowrap}>
        {acceptedRiskText(row.acceptedRisk)}
      </TableCell>
      <TableCell className={classes.nowrap}>{movementText(row)}</TableCell>
      <TableCell className={classes.components}>
        {row.notReady.length === 0 ? (
          'None'
        ) : (
          <ul className={classes.list}>
            {row.notReady.map(ref => (
              <li key={ref}>
                <EntityRefLink
                  entityRef={ref}
                  defaultKind="component"
                  underline="always"
                />
              </li>
            ))}
          </ul>
        )}
      </TableCell>
    </TableRow>
  );
}

/**
 * The executive view: per business offering, weakest first, readiness, exposure through the offerings it depends on,
 * last month's service levels, accepted risk, movement since the end of last month and the components not ready.
 * Paged; exportable as CSV (every row) and printable on its own: "Print" prints the element with id
 * {@link EXECUTIVE_ID} alone, which the page gives the section around this view (its heading included).
 */
export function ExecutiveView() {
  useStyles();
  const smoApi = useApi(smoApiRef);
  const [offset, setOffset] = useState(0);
  const [exporting, setExporting] = useState<Error | 'busy'>();
  const page = useAsyncRetry(
    () => smoApi.getExecutiveSummary({ limit: PAGE, offset }),
    [smoApi, offset],
  );

  const exportCsv = async () => {
    setExporting('busy');
    try {
      const rows = await allRows(smoApi);
      downloadText(executiveCsvName(page.value!.month), executiveCsv(rows));
      setExporting(undefined);
    } catch (e) {
      setExporting(e as Error);
    }
  };

  let content;
  if (page.error && !page.loading) {
    content = <ErrorState error={page.error} onRetry={page.retry} />;
  } else if (!page.value) {
    content = <Progress />;
  } else {
    const { items, totalCount, month, comparedWith } = page.value;
    content = (
      <>
        <Box className="smo-no-print" display="flex" mb={2} style={{ gap: 8 }}>
          <Button
            variant="outlined"
            color="primary"
            startIcon={<GetApp />}
            disabled={totalCount === 0 || exporting === 'busy'}
            onClick={exportCsv}
          >
            Export CSV
          </Button>
          <Button
            variant="outlined"
            color="primary"
            startIcon={<Print />}
            disabled={totalCount === 0}
            onClick={() => printSection(EXECUTIVE_ID)}
          >
            Print
          </Button>
        </Box>
        {exporting instanceof Error && (
          <ErrorState error={exporting} onRetry={exportCsv} />
        )}
        <TableSection
          id="smo-executive-table"
          title={`${totalCount} business ${
            totalCount === 1 ? 'offering' : 'offerings'
          }, weakest first; service levels of ${monthLabel(
            month,
          )}, movement since ${dayLabel(comparedWith)}`}
          rows={items.length}
          empty="No business offering is rolled up yet, or none you can see."
          columns={[
            'Offering',
            'Readiness',
            'At risk',
            `Service level, ${monthLabel(month)}`,
            'Accepted risk',
            'Since end of last month',
            'Not ready',
          ]}
        >
          {items.map(row => (
            <ExecutiveTableRow key={row.offeringRef} row={row} />
          ))}
        </TableSection>
        <Pager
          className="smo-no-print"
          offset={offset}
          pageSize={PAGE}
          total={totalCount}
          onChange={setOffset}
        />
      </>
    );
  }
  return content;
}
