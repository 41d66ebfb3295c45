import { useState } from 'react';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import TextField from '@material-ui/core/TextField';
import { CheckResult } from '@smo-backstage/plugin-smo-common';
import { ActionDialog } from './ActionDialog';
import { useTextInput } from './useTextInput';
import { Problem } from './useWorkflowAction';
import { expiresAtFor, expiryBounds } from './waiverExpiry';

/** Justification and expiry of a waiver for one check; the date picker stops at the configured maximum. */
export function WaiverRequestDialog(props: {
  check: CheckResult;
  maxDays: number;
  busy: boolean;
  problem?: Problem;
  /** `campaignId` when asked under the campaign that governs the check. */
  onRequest(
    justification: string,
    expiresAt: string,
    campaignId?: string,
  ): void;
  onClose(): void;
}) {
  const bounds = expiryBounds(props.maxDays);
  const [justificationInput] = useTextInput();
  const [dateInput] = useTextInput(bounds.max);
  const justification = justificationInput.value.trim();
  const expiresAt = expiresAtFor(dateInput.value);
  const campaign = props.check.campaign;
  const [underCampaign, setUnderCampaign] = useState(false);
  return (
    <ActionDialog
      id="smo-waiver-request"
      open
      title={`Request a waiver: ${props.check.title}`}
      confirmLabel="Request waiver"
      busy={props.busy}
      problem={props.problem}
      confirmDisabled={!justification || !expiresAt}
      onConfirm={() =>
        props.onRequest(
          justification,
          expiresAt!,
          campaign && underCampaign ? campaign.id : undefined,
        )
      }
      onClose={props.onClose}
    >
      <TextField
        id="smo-waiver-justification"
        label="Justification"
        helperText="Why the check cannot be met in time, and what reduces the risk meanwhile"
        {...justificationInput}
        required
        multiline
        minRows={3}
        fullWidth
        margin="normal"
      />
      <TextField
        id="smo-waiver-expiry"
        label="Expires on"
        type="date"
        {...dateInput}
        required
        InputLabelProps={{ shrink: true }}
        inputProps={{ min: bounds.min, max: bounds.max }}
        helperText={`At most ${props.maxDays} days from today (${bounds.max})`}
        margin="normal"
      />
      {campaign && (
        <FormControlLabel
          control={
            <Checkbox
              checked={underCampaign}
              onChange={e => setUnderCampaign(e.target.checked)}
              color="primary"
            />
          }
          label={`Under campaign ${campaign.title} (deadline ${campaign.deadline})`}
        />
      )}
    </ActionDialog>
  );
}
