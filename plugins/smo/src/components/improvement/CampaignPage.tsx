import { ReactNode } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { CampaignBurnUp } from './CampaignBurnUp';
import { CampaignMembers } from './CampaignMembers';
import { CampaignSummary } from './CampaignSummary';
import { CampaignTeams } from './CampaignTeams';
import { CountTiles } from './CountTiles';
import { SubPage } from './SubPage';

/** A titled section of the campaign page. */
function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <Box mt={4} component="section" aria-labelledby={props.id}>
      <Typography variant="h5" component="h2" id={props.id} gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

/**
 * A campaign's page (`…/campaigns/<id>` under the SMO page): what it asks and by when, its progress, its burn-up
 * (overall or one team's), progress per team and the components in scope.
 */
export function CampaignPage() {
  const { campaignId = '' } = useParams();
  const smoApi = useApi(smoApiRef);
  const detail = useAsyncRetry(
    () => smoApi.getCampaign(campaignId),
    [smoApi, campaignId],
  );
  return (
    <SubPage
      title={detail.value?.campaign.title}
      subtitle="Improvement campaign"
      state={detail}
      retry={detail.retry}
      notFound={`No campaign ${campaignId}`}
    >
      {value => (
        <>
          <CampaignSummary campaign={value.campaign} />
          <Section id="smo-campaign-progress" title="Progress">
            <CountTiles
              label="Progress of the components in scope"
              counts={value.campaign.progress}
            />
            <CampaignBurnUp detail={value} />
            <Box mt={3}>
              <CampaignTeams teams={value.teams} />
            </Box>
          </Section>
          <Section id="smo-campaign-members-heading" title="Components">
            <CampaignMembers campaignId={value.campaign.id} />
          </Section>
        </>
      )}
    </SubPage>
  );
}
