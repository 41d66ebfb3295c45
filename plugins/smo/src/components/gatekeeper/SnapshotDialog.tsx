import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { DetailsTable } from '../common';
import { blockerChecks } from '../readiness/checkPresentation';
import { ErrorState } from '../readiness/ErrorState';
import { VerdictChip } from '../readiness/VerdictChip';
import { When } from './Actor';
import { dialogFocusProps } from '../common/focusIntoDialog';

/** The frozen evaluation a decision was based on: verdict, score, tier and blockers at that moment. */
export function SnapshotDialog(props: { snapshotId: string; onClose(): void }) {
  const smoApi = useApi(smoApiRef);
  const snapshot = useAsyncRetry(
    () => smoApi.getSnapshot(props.snapshotId),
    [smoApi, props.snapshotId],
  );
  let content;
  if (snapshot.error && !snapshot.loading) {
    content = <ErrorState error={snapshot.error} onRetry={snapshot.retry} />;
  } else if (!snapshot.value) {
    content = <Progress />;
  } else {
    const { result, createdAt } = snapshot.value;
    const blockers = blockerChecks(result.checks, result.blockers);
    content = (
      <DetailsTable
        rows={{
          Frozen: <When iso={createdAt} />,
          Verdict: <VerdictChip verdict={result.verdict} />,
          Score: `${result.score}/100`,
          Tier: result.tier,
          Blockers:
            blockers.length === 0 ? (
              'None'
            ) : (
              <ul
                aria-label="Blockers at that moment"
                style={{ margin: 0, paddingLeft: 20 }}
              >
                {blockers.map(c => (
                  <li key={c.id}>
                    <Typography variant="body2">
                      {c.title} ({c.id}): {c.message}
                    </Typography>
                  </li>
                ))}
              </ul>
            ),
        }}
      />
    );
  }
  return (
    <Dialog
      open
      onClose={props.onClose}
      aria-labelledby="smo-snapshot-title"
      fullWidth
      maxWidth="sm"
      {...dialogFocusProps}
    >
      <DialogTitle id="smo-snapshot-title">
        Evaluation at the time of the decision
      </DialogTitle>
      <DialogContent>{content}</DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} color="primary">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
