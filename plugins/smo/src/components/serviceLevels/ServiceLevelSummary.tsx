import { Link, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import MenuItem from '@material-ui/core/MenuItem';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { SERVICE_LEVELS_TAB_PATH } from '../../routes';
import { TableSection } from '../common/SmallTable';
import { ErrorState } from '../readiness/ErrorState';
import { MonthStatusLabel } from './MonthStatusLabel';
import { agreementName, closedMonths, monthLabel } from './serviceLevelText';
import { Pager } from '../common/Pager';
import { ControlBox } from '../common/ControlBox';

const PAGE = 20;

/**
 * One month's service levels across offerings, worst first: the SMO's monthly review. A month picker (the last 12
 * closed months) and pages of {@link PAGE} offerings; only offerings the person can see are listed and counted.
 */
export function ServiceLevelSummary() {
  const smoApi = useApi(smoApiRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const months = closedMonths(DateTime.utc(), 12);
  const [month, setMonth] = useState(months[0]);
  const [offset, setOffset] = useState(0);
  const page = useAsyncRetry(
    () => smoApi.listServiceLevels({ month, limit: PAGE, offset }),
    [smoApi, month, offset],
  );

  let content;
  if (page.error && !page.loading) {
    content = <ErrorState error={page.error} onRetry={page.retry} />;
  } else if (!page.value) {
    content = <Progress />;
  } else if (!page.value.measured) {
    content = (
      <Typography variant="body2">
        Service levels are not measured: no incident source is configured
        (smo.serviceLevels.incidents).
      </Typography>
    );
  } else {
    const { items, totalCount } = page.value;
    content = (
      <>
        <TableSection
          id="smo-service-levels-table"
          title={`${monthLabel(month)}: ${totalCount} ${
            totalCount === 1 ? 'offering' : 'offerings'
          }, worst first`}
          rows={items.length}
          empty={`No offering has figures for ${monthLabel(month)}.`}
          columns={['Offering', 'Status', 'Agreements', 'Late incidents']}
        >
          {items.map(row => {
            const ref = parseEntityRef(row.offeringRef);
            return (
              <TableRow key={row.offeringRef}>
                <TableCell>
                  <Link
                    to={`${entityRoute({
                      kind: ref.kind,
                      namespace: ref.namespace,
                      name: ref.name,
                    })}/${SERVICE_LEVELS_TAB_PATH}`}
                  >
                    {row.title ?? ref.name}
                  </Link>
                </TableCell>
                <TableCell>
                  <MonthStatusLabel status={row.status} />
                </TableCell>
                <TableCell>
                  {row.agreements.map(a => (
                    <div key={a.agreementRef}>
                      <strong>{agreementName(a)}</strong>:{' '}
                      {a.summary.join('; ')}
                    </div>
                  ))}
                </TableCell>
                <TableCell>
                  {row.agreements.reduce((n, a) => n + a.breaches, 0)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableSection>
        <Pager
          offset={offset}
          pageSize={PAGE}
          total={totalCount}
          onChange={setOffset}
        />
      </>
    );
  }

  return (
    <>
      <ControlBox>
        <TextField
          id="smo-service-levels-month"
          select
          fullWidth
          variant="outlined"
          size="small"
          label="Month"
          value={month}
          onChange={e => {
            setMonth(e.target.value);
            setOffset(0);
          }}
        >
          {months.map(m => (
            <MenuItem key={m} value={m}>
              {monthLabel(m)}
            </MenuItem>
          ))}
        </TextField>
      </ControlBox>
      {content}
    </>
  );
}
