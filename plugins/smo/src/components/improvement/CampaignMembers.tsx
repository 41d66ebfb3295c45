import { useState } from 'react';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import ErrorOutline from '@material-ui/icons/ErrorOutline';
import { CampaignMemberStatus } from '@smo-backstage/plugin-smo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { CampaignMember, smoApiRef } from '../../api/SmoApi';
import { ALL, StatusFilter } from '../common/StatusFilter';
import { Pager } from '../common/Pager';
import { TableSection } from '../common/SmallTable';
import { ErrorState } from '../readiness/ErrorState';
import { MEMBER_STATUS_LABELS } from './campaignText';
import { MemberStatusWord } from './StatusWord';

const PAGE = 20;
type Filter = CampaignMemberStatus | typeof ALL;

/**
 * "Missed" in words with a red icon, so a missed deadline never reads by colour alone; the word in the text colour (the
 * theme's red on the page's grey is below 4.5:1).
 */
function MissedMark(props: { member: CampaignMember }) {
  if (!props.member.missed) return <>No</>;
  return (
    <Typography
      variant="body2"
      component="span"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
    >
      <ErrorOutline fontSize="small" color="error" aria-hidden />
      Missed
    </Typography>
  );
}

/** The components in a campaign's scope, open ones first, filtered by status and paged. */
export function CampaignMembers(props: { campaignId: string }) {
  const smoApi = useApi(smoApiRef);
  const [status, setStatus] = useState<Filter>(ALL);
  const [offset, setOffset] = useState(0);
  const page = useAsyncRetry(
    () =>
      smoApi.listCampaignMembers(props.campaignId, {
        ...(status === ALL ? {} : { status }),
        limit: PAGE,
        offset,
      }),
    [smoApi, props.campaignId, status, offset],
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
          id="smo-campaign-members"
          title="Components in scope"
          rows={items.length}
          empty={
            status === ALL
              ? 'No component you can see is in scope.'
              : `No component in scope is ${MEMBER_STATUS_LABELS[
                  status
                ].toLocaleLowerCase('en-US')}.`
          }
          columns={[
            'Component',
            'Team',
            'Tier',
            'Deadline',
            'Status',
            'Not met',
            'Missed',
          ]}
        >
          {items.map(m => (
            <TableRow key={m.entityRef}>
              <TableCell component="th" scope="row">
                <EntityRefLink
                  entityRef={m.entityRef}
                  defaultKind="component"
                />
              </TableCell>
              <TableCell>
                {m.ownerRef ? (
                  <EntityRefLink entityRef={m.ownerRef} defaultKind="group" />
                ) : (
                  'No owner'
                )}
              </TableCell>
              <TableCell>{m.tier}</TableCell>
              <TableCell>{m.deadline}</TableCell>
              <TableCell>
                <MemberStatusWord status={m.status} />
              </TableCell>
              <TableCell>
                {m.failing.length === 0 ? 'None' : m.failing.join(', ')}
              </TableCell>
              <TableCell>
                <MissedMark member={m} />
              </TableCell>
            </TableRow>
          ))}
        </TableSection>
        <Pager
          offset={offset}
          pageSize={PAGE}
          total={totalCount}
          onChange={setOffset}
          noun="Components"
        />
      </>
    );
  }

  return (
    <>
      <StatusFilter
        id="smo-campaign-member-status"
        labels={MEMBER_STATUS_LABELS}
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
