import { useState } from 'react';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import MenuItem from '@material-ui/core/MenuItem';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef, WaiverDebtQuery } from '../../api/SmoApi';
import { ControlBox } from '../common/ControlBox';
import { Pager } from '../common/Pager';
import { TableSection } from '../common/SmallTable';
import { ErrorState } from '../readiness/ErrorState';

type By = NonNullable<WaiverDebtQuery['by']>;

const PAGE = 20;
const BY: Record<By, { option: string; column: string; kind: string }> = {
  team: { option: 'By team', column: 'Team', kind: 'group' },
  offering: {
    option: 'By offering',
    column: 'Offering',
    kind: 'serviceoffering',
  },
};

const round = (n: number) => Math.round(n);

/**
 * Waiver debt per owning team or business offering, most waivers first: the approved waivers in force, how old the
 * oldest and the average are, how many renew an earlier one, and the score with and without them.
 */
export function WaiverDebt() {
  const smoApi = useApi(smoApiRef);
  const [by, setBy] = useState<By>('team');
  const [offset, setOffset] = useState(0);
  const page = useAsyncRetry(
    () => smoApi.getWaiverDebt({ by, limit: PAGE, offset }),
    [smoApi, by, offset],
  );

  let content;
  if (page.error && !page.loading) {
    content = <ErrorState error={page.error} onRetry={page.retry} />;
  } else if (!page.value || page.loading) {
    content = <Progress />;
  } else {
    const { items, totalCount } = page.value;
    content = (
      <>
        <TableSection
          id="smo-waiver-debt-table"
          title={`Waiver debt by ${BY[by].column.toLocaleLowerCase('en-US')}`}
          rows={items.length}
          empty="No approved waiver is in force: no waiver debt."
          columns={[
            BY[by].column,
            'Waivers in force',
            'Oldest (days)',
            'Average age (days)',
            'Renewals',
            'Score',
            'Score without waivers',
          ]}
        >
          {items.map(row => (
            <TableRow key={row.ref}>
              <TableCell component="th" scope="row">
                <EntityRefLink entityRef={row.ref} defaultKind={BY[by].kind} />
              </TableCell>
              <TableCell>{row.waivers}</TableCell>
              <TableCell>{row.oldestDays}</TableCell>
              <TableCell>{round(row.averageDays)}</TableCell>
              <TableCell>{row.renewals}</TableCell>
              <TableCell>{round(row.score)}</TableCell>
              <TableCell>{round(row.scoreWithoutWaivers)}</TableCell>
            </TableRow>
          ))}
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
          id="smo-waiver-debt-by"
          select
          fullWidth
          variant="outlined"
          size="small"
          label="Group"
          value={by}
          onChange={e => {
            setBy(e.target.value as By);
            setOffset(0);
          }}
        >
          {(Object.keys(BY) as By[]).map(b => (
            <MenuItem key={b} value={b}>
              {BY[b].option}
            </MenuItem>
          ))}
        </TextField>
      </ControlBox>
      {content}
    </>
  );
}
