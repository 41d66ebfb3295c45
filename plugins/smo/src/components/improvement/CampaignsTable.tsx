import { Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { campaignPath } from '../../routes';
import { TableSection } from '../common/SmallTable';
import { ErrorState } from '../readiness/ErrorState';
import { deadlinesText, progressText, scopeText } from './campaignText';
import { CampaignStatusWord } from './StatusWord';

/**
 * The improvement campaigns on the SMO page, soonest deadline first: status, scope and deadlines in words, progress
 * over the components in scope, and how many missed their deadline; each title opens the campaign's page.
 */
export function CampaignsTable() {
  const smoApi = useApi(smoApiRef);
  const campaigns = useAsyncRetry(() => smoApi.listCampaigns(), [smoApi]);
  if (campaigns.error && !campaigns.loading) {
    return <ErrorState error={campaigns.error} onRetry={campaigns.retry} />;
  }
  if (!campaigns.value) return <Progress />;
  const items = campaigns.value;
  return (
    <TableSection
      id="smo-campaigns-table"
      title={`${items.length} ${
        items.length === 1 ? 'campaign' : 'campaigns'
      }, soonest deadline first`}
      rows={items.length}
      empty="No campaign is configured (smo.improvement.campaigns)."
      columns={[
        'Campaign',
        'Status',
        'Scope',
        'Deadlines',
        'Progress',
        'Missed',
      ]}
    >
      {items.map(c => (
        <TableRow key={c.id}>
          <TableCell component="th" scope="row">
            {/* Relative: the campaign page is a sub-route of the SMO page, wherever the app mounts it. */}
            <Link to={campaignPath(c.id)}>{c.title}</Link>
          </TableCell>
          <TableCell>
            <CampaignStatusWord status={c.status} />
          </TableCell>
          <TableCell>{scopeText(c.scope)}</TableCell>
          <TableCell>{deadlinesText(c.deadlines)}</TableCell>
          <TableCell>{progressText(c.progress)}</TableCell>
          <TableCell>
            {c.progress.missed === 0 ? 'None' : c.progress.missed}
          </TableCell>
        </TableRow>
      ))}
    </TableSection>
  );
}
