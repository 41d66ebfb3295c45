import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Problem } from './useWorkflowAction';

/** A refused or failed action with the backend's reason; announced to screen readers as it appears. */
export function ProblemAlert(props: {
  problem?: Problem;
  onClose?: () => void;
  /** Space above and below, in theme spacing units. */
  mt?: number;
  mb?: number;
}) {
  if (!props.problem) return null;
  return (
    <Box mt={props.mt} mb={props.mb}>
      <Alert severity="error" role="alert" onClose={props.onClose}>
        <AlertTitle>{props.problem.title}</AlertTitle>
        {props.problem.message}
      </Alert>
    </Box>
  );
}
