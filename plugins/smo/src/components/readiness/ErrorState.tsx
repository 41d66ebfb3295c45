import { EmptyState, ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Refresh from '@material-ui/icons/Refresh';
import { errorStatus } from './errors';

/** Retry button used next to every error the SMO views show. */
export function RetryButton(props: { onRetry: () => void }) {
  return (
    <Button
      variant="outlined"
      color="primary"
      startIcon={<Refresh />}
      onClick={props.onRetry}
    >
      Retry
    </Button>
  );
}

/**
 * An SMO API failure, explained by what the person can do about it: 403 "not permitted", 404 "not scored" (with
 * `notFound` saying why), anything else the error itself with a Retry button.
 */
export function ErrorState(props: {
  error: Error;
  onRetry: () => void;
  notFound?: string | JSX.Element;
}) {
  const { error, onRetry, notFound } = props;
  const status = errorStatus(error);
  if (status === 403) {
    return (
      <EmptyState
        missing="info"
        title="You are not permitted to see this"
        description="Your Backstage identity lacks the permission this view needs. Ask the SMO or your Backstage administrators for access."
      />
    );
  }
  if (status === 404 && notFound) {
    return (
      <EmptyState
        missing="data"
        title="Not scored"
        description={notFound}
        action={<RetryButton onRetry={onRetry} />}
      />
    );
  }
  return (
    <Box>
      <ResponseErrorPanel error={error} />
      <Box mt={2}>
        <RetryButton onRetry={onRetry} />
      </Box>
    </Box>
  );
}
