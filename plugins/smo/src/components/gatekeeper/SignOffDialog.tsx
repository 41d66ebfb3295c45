import { useState } from 'react';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import {
  ApprovalDecision,
  SignOffRole,
} from '@smo-backstage/plugin-smo-common';
import { ActionDialog } from './ActionDialog';
import { ROLE_LABELS } from './handoverFlow';
import { Problem } from './useWorkflowAction';

/** Approve or reject in one role, with a comment (required to reject, so the team knows what to fix). */
export function SignOffDialog(props: {
  role: SignOffRole;
  busy: boolean;
  problem?: Problem;
  onSign(decision: ApprovalDecision, comment: string): void;
  onClose(): void;
}) {
  const [decision, setDecision] = useState<ApprovalDecision>('approve');
  const [comment, setComment] = useState('');
  const label = ROLE_LABELS[props.role];
  return (
    <ActionDialog
      id="smo-sign-off"
      open
      title={`Sign off as ${label}`}
      confirmLabel={decision === 'approve' ? 'Approve' : 'Reject'}
      busy={props.busy}
      problem={props.problem}
      confirmDisabled={decision === 'reject' && !comment.trim()}
      onConfirm={() => props.onSign(decision, comment.trim())}
      onClose={props.onClose}
    >
      <FormLabel component="legend" id="smo-sign-off-decision">
        Decision
      </FormLabel>
      <RadioGroup
        row
        aria-labelledby="smo-sign-off-decision"
        value={decision}
        onChange={e => setDecision(e.target.value as ApprovalDecision)}
      >
        <FormControlLabel value="approve" control={<Radio />} label="Approve" />
        <FormControlLabel value="reject" control={<Radio />} label="Reject" />
      </RadioGroup>
      <TextField
        id="smo-sign-off-comment"
        label={decision === 'reject' ? 'Comment (required)' : 'Comment'}
        value={comment}
        onChange={e => setComment(e.target.value)}
        multiline
        minRows={2}
        fullWidth
        margin="normal"
      />
    </ActionDialog>
  );
}
