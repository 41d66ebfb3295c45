import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import {
  Campaign,
  campaignEnforced,
  TIERS,
} from '@smo-backstage/plugin-smo-common';
import { DetailsTable } from '../common/DetailsTable';
import { scopeText, severityText, targetText } from './campaignText';
import { CampaignStatusWord } from './StatusWord';

/** Each tier's deadline, and whether it has passed (smo-common decides when the switch happens). */
function Deadlines(props: { campaign: Campaign }) {
  const now = new Date();
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {TIERS.map(tier => (
        <li key={tier}>
          {tier}: {props.campaign.deadlines[tier]}
          {campaignEnforced(props.campaign, tier, now) && ' (passed)'}
        </li>
      ))}
    </ul>
  );
}

/** What a campaign asks, of whom, by when: target, severity at the deadline, scope, deadlines per tier, status. */
export function CampaignSummary(props: { campaign: Campaign }) {
  const { campaign } = props;
  return (
    <>
      {campaign.description && (
        <Typography variant="body1" paragraph>
          {campaign.description}
        </Typography>
      )}
      <DetailsTable
        rows={{
          Target: targetText(campaign.target),
          'Severity at the deadline': severityText(campaign.severity),
          Scope: scopeText(campaign.scope),
          Start: campaign.start,
          'Deadlines per tier': <Deadlines campaign={campaign} />,
          Status: <CampaignStatusWord status={campaign.status} />,
          Owner: (
            <EntityRefLink entityRef={campaign.ownerRef} defaultKind="group" />
          ),
          // The cadence of the reminders to teams with open components (smo.improvement.campaigns[].reminders).
          Reminders: `Every ${campaign.reminderDays} ${
            campaign.reminderDays === 1 ? 'day' : 'days'
          } to teams with open components`,
        }}
      />
    </>
  );
}
