import { EntityRefLink } from '@backstage/plugin-catalog-react';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { CampaignDetail } from '../../api/SmoApi';
import { TableSection } from '../common/SmallTable';

/** Progress per owning team, most open first (the backend's order). */
export function CampaignTeams(props: { teams: CampaignDetail['teams'] }) {
  const { teams } = props;
  return (
    <TableSection
      id="smo-campaign-teams"
      title="Progress per team"
      rows={teams.length}
      empty="No component is in scope."
      paragraph
      columns={['Team', 'In scope', 'Met', 'Waived', 'Open', 'Missed']}
    >
      {teams.map(t => (
        <TableRow key={t.ownerRef}>
          <TableCell component="th" scope="row">
            {t.ownerRef ? (
              <EntityRefLink entityRef={t.ownerRef} defaultKind="group" />
            ) : (
              'No owner'
            )}
          </TableCell>
          <TableCell>{t.inScope}</TableCell>
          <TableCell>{t.met}</TableCell>
          <TableCell>{t.waived}</TableCell>
          <TableCell>{t.open}</TableCell>
          <TableCell>{t.missed}</TableCell>
        </TableRow>
      ))}
    </TableSection>
  );
}
