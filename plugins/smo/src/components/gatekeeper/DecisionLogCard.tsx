import { useState } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { DecisionLogEntry } from '@smo-backstage/plugin-smo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { LIST_LIMIT, ListLimitNote } from './ListLimitNote';
import { smoApiRef } from '../../api/SmoApi';
import { useGovernance } from '../governance/GovernanceContext';
import { ErrorState } from '../readiness/ErrorState';
import { Actor, When } from './Actor';
import { describeDecision } from './decisionText';
import { SnapshotDialog } from './SnapshotDialog';
import { SmallTable } from '../common/SmallTable';

// Short columns stay on one line so the decision and the comment get the width.
const useStyles = makeStyles({ nowrap: { whiteSpace: 'nowrap' } });

/** Decisions as a table, newest first, each with a way to open the evaluation it was based on. */
export function DecisionTable(props: {
  entries: DecisionLogEntry[];
  label: string;
  entityColumn?: (entry: DecisionLogEntry) => JSX.Element;
}) {
  const classes = useStyles();
  const [snapshotId, setSnapshotId] = useState<string>();
  return (
    <>
      <SmallTable
        label={props.label}
        columns={[
          'When',
          !!props.entityColumn && 'Component',
          'Decision',
          'By',
          'Comment',
          'Evaluation',
        ]}
      >
        {props.entries.map(entry => (
          <TableRow key={entry.id}>
            <TableCell className={classes.nowrap}>
              <When iso={entry.at} />
            </TableCell>
            {props.entityColumn && (
              <TableCell>{props.entityColumn(entry)}</TableCell>
            )}
            <TableCell component="th" scope="row">
              {describeDecision(entry)}
            </TableCell>
            <TableCell className={classes.nowrap}>
              <Actor entityRef={entry.actor} />
            </TableCell>
            <TableCell>{entry.comment || '—'}</TableCell>
            <TableCell className={classes.nowrap}>
              {entry.snapshotId ? (
                <Button
                  size="small"
                  color="primary"
                  onClick={() => setSnapshotId(entry.snapshotId)}
                  // The visible words start the name, which says which decision (axe: label-content-name-mismatch).
                  aria-label={`View snapshot: ${describeDecision(entry)}`}
                >
                  View snapshot
                </Button>
              ) : (
                '—'
              )}
            </TableCell>
          </TableRow>
        ))}
      </SmallTable>
      {snapshotId && (
        <SnapshotDialog
          snapshotId={snapshotId}
          onClose={() => setSnapshotId(undefined)}
        />
      )}
    </>
  );
}

/** The entity's append-only decision log (handover moves, sign-offs, waiver decisions, attestations), newest first. */
export function DecisionLogCard() {
  const { entityRef, revision } = useGovernance();
  const smoApi = useApi(smoApiRef);
  const decisions = useAsyncRetry(
    () => smoApi.listDecisions({ entityRef, limit: LIST_LIMIT }),
    [smoApi, entityRef, revision],
  );
  let content;
  if (decisions.error && !decisions.loading) {
    content = <ErrorState error={decisions.error} onRetry={decisions.retry} />;
  } else if (!decisions.value) {
    content = <Progress />;
  } else if (decisions.value.length === 0) {
    content = (
      <Typography variant="body2">
        No decision recorded for this component yet.
      </Typography>
    );
  } else {
    content = (
      <>
        <DecisionTable entries={decisions.value} label="Decision log" />
        <ListLimitNote shown={decisions.value.length} what="decisions" />
      </>
    );
  }
  return (
    <InfoCard
      title="Decision log"
      subheader="Append-only: every decision with the evaluation it was based on"
    >
      {content}
    </InfoCard>
  );
}
