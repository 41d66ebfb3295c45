import { useState } from 'react';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { ActionDialog } from './ActionDialog';
import { Problem } from './useWorkflowAction';

/** Asks for the comment an action carries (why it is rejected, the exit note, …); required unless `optional`. */
export function CommentDialog(props: {
  id: string;
  title: string;
  label: string;
  confirmLabel: string;
  optional?: boolean;
  /** A sentence above the field: what the action does. */
  intro?: string;
  busy: boolean;
  problem?: Problem;
  onConfirm(comment: string): void;
  onClose(): void;
}) {
  const [comment, setComment] = useState('');
  return (
    <ActionDialog
      id={props.id}
      open
      title={props.title}
      confirmLabel={props.confirmLabel}
      busy={props.busy}
      problem={props.problem}
      confirmDisabled={!props.optional && !comment.trim()}
      onConfirm={() => props.onConfirm(comment.trim())}
      onClose={props.onClose}
    >
      {props.intro && <DialogContentText>{props.intro}</DialogContentText>}
      <TextField
        id={`${props.id}-comment`}
        label={props.label}
        value={comment}
        onChange={e => setComment(e.target.value)}
        required={!props.optional}
        multiline
        minRows={3}
        fullWidth
      />
    </ActionDialog>
  );
}
