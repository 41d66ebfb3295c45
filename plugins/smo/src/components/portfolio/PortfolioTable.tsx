import { Link } from '@backstage/core-components';
import {
  EntityRefLink,
  EntityRefLinks,
  useEntityRefLink,
} from '@backstage/plugin-catalog-react';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import Typography from '@material-ui/core/Typography';
import { CheckDefinition } from '@smo-backstage/plugin-smo-common';
import { ReadinessPage, ReadinessSummary } from '../../api/SmoApi';
import { GOVERNANCE_TAB_PATH } from '../../routes';
import { VerdictChip } from '../readiness/VerdictChip';
import { PAGE_SIZES, PortfolioView } from './filters';

type SortKey = PortfolioView['sort'];

const NO_WRAP = { whiteSpace: 'nowrap', wordBreak: 'normal' } as const;

function SortableHeader(props: {
  label: string;
  sortKey: SortKey;
  view: PortfolioView;
  onView(view: PortfolioView): void;
  align?: 'right';
}) {
  const { label, sortKey, view, onView } = props;
  const active = view.sort === sortKey;
  return (
    <TableCell align={props.align} sortDirection={active ? view.order : false}>
      <TableSortLabel
        style={NO_WRAP}
        active={active}
        direction={active ? view.order : 'asc'}
        onClick={() =>
          onView({
            ...view,
            sort: sortKey,
            order: active && view.order === 'asc' ? 'desc' : 'asc',
            page: 0,
          })
        }
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );
}

function BlockerList(props: {
  row: ReadinessSummary;
  checkIndex: Map<string, CheckDefinition>;
}) {
  if (props.row.blockers.length === 0) {
    return <>—</>;
  }
  return (
    <>
      <Typography variant="body2">
        {props.row.blockers.length} blocker
        {props.row.blockers.length === 1 ? '' : 's'}
      </Typography>
      <Typography variant="caption" color="textSecondary">
        {props.row.blockers
          .map(id => props.checkIndex.get(id)?.title ?? id)
          .join(', ')}
      </Typography>
    </>
  );
}

/** One page of scored components; sorting and paging are done by the backend. */
export function PortfolioTable(props: {
  page: ReadinessPage;
  view: PortfolioView;
  checkIndex: Map<string, CheckDefinition>;
  onView(view: PortfolioView): void;
}) {
  const { page, view, checkIndex, onView } = props;
  const entityLink = useEntityRefLink();
  return (
    <Paper>
      <TableContainer>
        <Table size="small" aria-label="Scored components">
          <TableHead>
            <TableRow>
              <SortableHeader
                label="Component"
                sortKey="entityRef"
                view={view}
                onView={onView}
              />
              <TableCell style={NO_WRAP}>Verdict</TableCell>
              <SortableHeader
                label="Score"
                sortKey="score"
                view={view}
                onView={onView}
                align="right"
              />
              <TableCell style={NO_WRAP}>Tier</TableCell>
              <TableCell style={NO_WRAP}>Blockers</TableCell>
              <TableCell style={NO_WRAP}>Service offerings</TableCell>
              <TableCell style={NO_WRAP}>Owner</TableCell>
              <TableCell style={NO_WRAP}>System</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.items.map(row => (
              <TableRow key={row.entityRef} hover>
                <TableCell component="th" scope="row" style={{ minWidth: 160 }}>
                  <EntityRefLink entityRef={row.entityRef} title={row.title} />
                  <Typography variant="caption" component="div">
                    <Link
                      to={`${entityLink(row.entityRef)}/${GOVERNANCE_TAB_PATH}`}
                      aria-label={`Governance of ${row.title ?? row.entityRef}`}
                    >
                      Governance
                    </Link>
                  </Typography>
                </TableCell>
                <TableCell>
                  <VerdictChip verdict={row.verdict} />
                </TableCell>
                <TableCell align="right">{row.score}</TableCell>
                <TableCell style={NO_WRAP}>{row.tier}</TableCell>
                <TableCell>
                  <BlockerList row={row} checkIndex={checkIndex} />
                </TableCell>
                <TableCell>
                  {row.offerings.length === 0 ? (
                    '—'
                  ) : (
                    <EntityRefLinks entityRefs={row.offerings} />
                  )}
                </TableCell>
                <TableCell>
                  {row.ownerRef ? (
                    <EntityRefLink entityRef={row.ownerRef} />
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>
                  {row.systemRef ? (
                    <EntityRefLink entityRef={row.systemRef} />
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={page.totalCount}
        page={view.page}
        rowsPerPage={view.pageSize}
        rowsPerPageOptions={PAGE_SIZES}
        onPageChange={(_, next) => onView({ ...view, page: next })}
        onRowsPerPageChange={e =>
          onView({ ...view, page: 0, pageSize: Number(e.target.value) })
        }
      />
    </Paper>
  );
}
