import { useState } from 'react';
import { Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { goalText, ImprovementStatus } from '@smo-backstage/plugin-smo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { improvementPath } from '../../routes';
import { ALL, StatusFilter } from '../common/StatusFilter';
import { Pager } from '../common/Pager';
import { TableSection } from '../common/SmallTable';
import { ErrorState } from '../readiness/ErrorState';
import { IMPROVEMENT_STATUS_LABELS } from './improvementText';
import { ImprovementStatusWord } from './StatusWord';

const PAGE = 20;
type Filter = ImprovementStatus | typeof ALL;

/**
 * The CSI register, newest first, filtered by status and paged; each title opens the improvement's page.
 * `revision` reloads it after an improvement was raised elsewhere on the page.
 */
export function ImprovementRegister(props: { revision: number }) {
  const smoApi = useApi(smoApiRef);
  const [status, setStatus] = useState<Filter>(ALL);
  const [offset, setOffset] = useState(0);
  const page = useAsyncRetry(
    () =>
      smoApi.listImprovements({
        ...(status === ALL ? {} : { status }),
        limit: PAGE,
        offset,
      }),
    [smoApi, status, offset, props.revision],
  );

  let content;
  if (page.error && !page.loading) {
    content = <ErrorState error={page.error} onRetry={page.retry} />;
  } else if (!page.value) {
    content = <Progress />;
  } else {
    const { items, totalCount } = page.value;
    content = (
      <>
        <TableSection
          id="smo-register-table"
          title="CSI register"
          rows={items.length}
          empty={
            status === ALL
              ? 'No improvement is registered yet, or none you can see.'
              : `No improvement is ${IMPROVEMENT_STATUS_LABELS[
                  status
                ].toLocaleLowerCase('en-US')}.`
          }
          paragraph
          columns={[
            'Improvement',
            'Offering or component',
            'Goal',
            'Owner',
            'Due',
            'Status',
          ]}
        >
          {items.map(i => (
            <TableRow key={i.id}>
              <TableCell component="th" scope="row">
                {/* Relative: the improvement page is a sub-route of the SMO page. */}
                <Link to={improvementPath(i.id)}>{i.title}</Link>
              </TableCell>
              <TableCell>
                <EntityRefLink entityRef={i.entityRef} />
              </TableCell>
              <TableCell>{goalText(i.goal)}</TableCell>
              <TableCell>
                <EntityRefLink entityRef={i.ownerRef} defaultKind="group" />
              </TableCell>
              <TableCell>{i.dueDate}</TableCell>
              <TableCell>
                <ImprovementStatusWord status={i.status} />
              </TableCell>
            </TableRow>
          ))}
        </TableSection>
        <Pager
          offset={offset}
          pageSize={PAGE}
          total={totalCount}
          onChange={setOffset}
          noun="Improvements"
        />
      </>
    );
  }

  return (
    <>
      <StatusFilter
        id="smo-register-status"
        labels={IMPROVEMENT_STATUS_LABELS}
        value={status}
        onChange={value => {
          setStatus(value);
          setOffset(0);
        }}
      />
      {content}
    </>
  );
}
