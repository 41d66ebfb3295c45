import { useState } from 'react';
import TextField from '@material-ui/core/TextField';
import { CheckResult } from '@smo-backstage/plugin-smo-common';
import { ActionDialog } from './ActionDialog';
import { Problem } from './useWorkflowAction';
import { expiresAtFor, expiryBounds } from './waiverExpiry';

/** Justification and expiry of a waiver for one check; the date picker stops at the configured maximum. */
export function WaiverRequestDialog(props: {
  check: CheckResult;
  maxDays: number;
  busy: boolean;
  problem?: Problem;
  onRequest(justification: string, expiresAt: string): void;
  onClose(): void;
}) {
  const bounds = expiryBounds(props.maxDays);
  const [justification, setJustification] = useState('');
  const [date, setDate] = useState(bounds.max);
  const expiresAt = expiresAtFor(date);
  return (
    <ActionDialog
      id="smo-waiver-request"
      open
      title={`Request a waiver: ${props.check.title}`}
      confirmLabel="Request waiver"
      busy={props.busy}
      problem={props.problem}
      confirmDisabled={!justification.trim() || !expiresAt}
      onConfirm={() => props.onRequest(justification.trim(), expiresAt!)}
      onClose={props.onClose}
    >
      <TextField
        id="smo-waiver-justification"
        label="Justification"
        helperText="Why the check cannot be met in time, and what reduces the risk meanwhile"
        value={justification}
        onChange={e => setJustification(e.target.value)}
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
        value={date}
        onChange={e => setDate(e.target.value)}
        required
        InputLabelProps={{ shrink: true }}
        inputProps={{ min: bounds.min, max: bounds.max }}
        helperText={`At most ${props.maxDays} days from today (${bounds.max})`}
        margin="normal"
      />
    </ActionDialog>
  );
}
