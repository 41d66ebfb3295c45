import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { BackstageTheme } from '@backstage/theme';
import {
  CampaignMemberStatus,
  CampaignStatus,
  ImprovementStatus,
} from '@smo-backstage/plugin-smo-common';
import { CAMPAIGN_STATUS_LABELS, MEMBER_STATUS_LABELS } from './campaignText';
import { IMPROVEMENT_STATUS_LABELS } from './improvementText';

type Tone = 'ok' | 'warning' | 'error' | 'pending' | 'aborted' | 'running';

const useStyles = makeStyles<BackstageTheme, { tone: Tone }>(theme => ({
  chip: ({ tone }) => ({ borderColor: theme.palette.status[tone] }),
}));

/** A status as a word in a theme-coloured outline: the word carries it, the colour repeats it. */
function StatusWord(props: { label: string; tone: Tone }) {
  const classes = useStyles({ tone: props.tone });
  return (
    <Chip
      size="small"
      variant="outlined"
      label={props.label}
      className={classes.chip}
    />
  );
}

const CAMPAIGN_TONES: Record<CampaignStatus, Tone> = {
  scheduled: 'pending',
  running: 'running',
  enforcing: 'warning',
  enforced: 'ok',
};

const MEMBER_TONES: Record<CampaignMemberStatus, Tone> = {
  open: 'error',
  waived: 'warning',
  met: 'ok',
};

const IMPROVEMENT_TONES: Record<ImprovementStatus, Tone> = {
  proposed: 'pending',
  approved: 'running',
  'in-progress': 'running',
  done: 'ok',
  abandoned: 'aborted',
};

export const CampaignStatusWord = (props: { status: CampaignStatus }) => (
  <StatusWord
    label={CAMPAIGN_STATUS_LABELS[props.status]}
    tone={CAMPAIGN_TONES[props.status]}
  />
);

export const MemberStatusWord = (props: { status: CampaignMemberStatus }) => (
  <StatusWord
    label={MEMBER_STATUS_LABELS[props.status]}
    tone={MEMBER_TONES[props.status]}
  />
);

export const ImprovementStatusWord = (props: { status: ImprovementStatus }) => (
  <StatusWord
    label={IMPROVEMENT_STATUS_LABELS[props.status]}
    tone={IMPROVEMENT_TONES[props.status]}
  />
);
