import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  Improvement,
  ImprovementAction,
  improvementActions,
  improvementApprovalRefusal,
  goalText,
  OPEN_IMPROVEMENT_STATUSES,
} from '@smo-backstage/plugin-smo-common';
import { smoApiRef } from '../../api/SmoApi';
import { CommentDialog } from '../gatekeeper/CommentDialog';
import { PermissionNote } from '../gatekeeper/PermissionNote';
import { ProblemAlert } from '../gatekeeper/ProblemAlert';
import { useImprovementPermissions } from '../gatekeeper/useEntityPermissions';
import { useSeparationOfDuties } from '../gatekeeper/useSeparationOfDuties';
import { EvidenceDialog } from './EvidenceDialog';
import { ACTION_LABELS } from './improvementText';
import { useImprovementAction } from './useImprovementAction';

type Dialog = 'abandon' | 'close' | 'evidence';

const STALE = 'Someone else changed this improvement in the meantime';

/**
 * The buttons an improvement's status allows (smo-common's `improvementActions`), and Link evidence while it is open.
 * Approve and Start act at once; Abandon asks why; Close asks for an optional comment and shows the backend's answer
 * when the data does not meet the goal yet. Every answer replaces the improvement shown (`onChange`).
 */
export function ImprovementActions(props: {
  improvement: Improvement;
  onChange(improvement: Improvement): void;
  /** Reloads the improvement after a 409, so the next attempt carries the current version. */
  onReload(): void;
}) {
  const { improvement, onChange, onReload } = props;
  const smoApi = useApi(smoApiRef);
  const permissions = useImprovementPermissions(improvement.entityRef);
  const { me } = useSeparationOfDuties();
  const { busy, problem, clearProblem, run } = useImprovementAction();
  const [dialog, setDialog] = useState<Dialog>();
  const { id, version } = improvement;

  const finish = (answer: Improvement | undefined) => {
    if (!answer) return;
    setDialog(undefined);
    onChange(answer);
  };
  const move = async (action: ImprovementAction, comment?: string) =>
    finish(
      await run(
        action,
        () =>
          smoApi.transitionImprovement(id, {
            action,
            version,
            ...(comment ? { comment } : {}),
          }),
        ACTION_LABELS[action].done,
        { title: STALE, onConflict: onReload },
      ),
    );
  const close = async (comment: string) =>
    finish(
      await run(
        'close',
        () =>
          smoApi.closeImprovement(id, {
            version,
            ...(comment ? { comment } : {}),
          }),
        ACTION_LABELS.close.done,
        { title: 'Not closed: the goal is not met', onConflict: onReload },
      ),
    );
  const link = async (evidence: { url: string; title: string }) =>
    finish(
      await run(
        'evidence',
        () => smoApi.linkImprovementEvidence(id, evidence),
        'Evidence linked',
        { title: 'Refused in the current state', onConflict: onReload },
      ),
    );
  const dismiss = () => {
    setDialog(undefined);
    clearProblem();
  };

  const refusal = me ? improvementApprovalRefusal(improvement, me) : undefined;
  const allowedFor = (action: ImprovementAction | 'close') =>
    action === 'approve' || action === 'abandon'
      ? permissions.approve.allowed
      : permissions.update.allowed;
  const actions = improvementActions(improvement.status);
  const open = OPEN_IMPROVEMENT_STATUSES.includes(improvement.status);
  if (!open) return null;

  return (
    <>
      <Box
        display="flex"
        flexWrap="wrap"
        style={{ gap: 8 }}
        data-testid="improvement-actions"
      >
        {actions.map(action => (
          <Button
            key={action}
            variant={action === 'close' ? 'contained' : 'outlined'}
            color="primary"
            disabled={
              busy !== undefined ||
              !allowedFor(action) ||
              (action === 'approve' && refusal !== undefined)
            }
            onClick={() =>
              action === 'approve' || action === 'start'
                ? move(action)
                : setDialog(action)
            }
          >
            {ACTION_LABELS[action].label}
          </Button>
        ))}
        <Button
          variant="outlined"
          color="primary"
          disabled={busy !== undefined || !permissions.update.allowed}
          onClick={() => setDialog('evidence')}
        >
          Link evidence
        </Button>
      </Box>
      {actions.includes('approve') && refusal && (
        // Not textSecondary: on the page's grey it is below 4.5:1.
        <Typography variant="caption" component="p">
          You raised this improvement: the continual-improvement process owner
          or the SMO approves it.
        </Typography>
      )}
      <PermissionNote
        permissions={[
          ...(actions.some(a => a === 'approve' || a === 'abandon')
            ? [permissions.approve]
            : []),
          permissions.update,
        ]}
        what="act on this improvement"
      />
      <ProblemAlert
        mt={2}
        problem={dialog ? undefined : problem}
        onClose={clearProblem}
      />

      {dialog === 'abandon' && (
        <CommentDialog
          id="smo-improvement-abandon"
          title={`Abandon: ${improvement.title}`}
          label="Why is it abandoned?"
          confirmLabel="Abandon"
          busy={busy !== undefined}
          problem={problem}
          onConfirm={comment => move('abandon', comment)}
          onClose={dismiss}
        />
      )}
      {dialog === 'close' && (
        <CommentDialog
          id="smo-improvement-close"
          title={`Close as done: ${improvement.title}`}
          intro={`It closes only when the data meets the goal: ${goalText(
            improvement.goal,
          )}. What the data shows is frozen with it.`}
          label="Comment (optional)"
          optional
          confirmLabel="Close as done"
          busy={busy !== undefined}
          problem={problem}
          onConfirm={close}
          onClose={dismiss}
        />
      )}
      {dialog === 'evidence' && (
        <EvidenceDialog
          busy={busy !== undefined}
          problem={problem}
          onLink={link}
          onClose={dismiss}
        />
      )}
    </>
  );
}
