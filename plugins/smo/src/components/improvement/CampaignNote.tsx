import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { CheckResult } from '@smo-backstage/plugin-smo-common';
import { campaignPath } from '../../routes';
import { useSmoPageLink } from '../rollups/usePortfolioLink';
import { checkCampaignText } from './campaignText';

/**
 * The campaign that sets a check's severity for this entity, in words and linked to the campaign's page: "Campaign
 * TechDocs 2026: advisory until 2026-12-15".
 */
export function CampaignNote(props: {
  check: CheckResult & { campaign: NonNullable<CheckResult['campaign']> };
}) {
  const link = useSmoPageLink(campaignPath(props.check.campaign.id));
  return (
    <Typography variant="caption" component="p">
      <Link to={link}>{checkCampaignText(props.check)}</Link>
    </Typography>
  );
}
