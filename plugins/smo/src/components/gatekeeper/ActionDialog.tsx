import { FormEvent, ReactNode } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import { dialogFocusProps, useFocusReturn } from '../common/focusIntoDialog';
import { ProblemAlert } from './ProblemAlert';
import { Problem } from './useWorkflowAction';

/**
 * A small form in a dialog: its fields, the problem of the last attempt (the dialog stays open so the input can be
 * corrected), Cancel and a confirm button that submits with Enter too. The focus moves to its first field as it opens,
 * and back to what opened it when it closes — or, when that is gone (the action replaced it), to the nearest part of
 * the page that is still there.
 */
export function ActionDialog(props: {
  /** Unique on the page; labels the dialog with its title. */
  id: string;
  open: boolean;
  title: string;
  confirmLabel: string;
  busy: boolean;
  problem?: Problem;
  confirmDisabled?: boolean;
  onConfirm(): void;
  onClose(): void;
  children: ReactNode;
}) {
  const titleId = `${props.id}-title`;
  useFocusReturn(props.open);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.confirmDisabled && !props.busy) props.onConfirm();
  };
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      {...dialogFocusProps}
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{props.title}</DialogTitle>
        <DialogContent>
          <ProblemAlert mb={2} problem={props.problem} />
          {props.children}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={props.confirmDisabled || props.busy}
            startIcon={props.busy ? <CircularProgress size={16} /> : undefined}
          >
            {props.confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
