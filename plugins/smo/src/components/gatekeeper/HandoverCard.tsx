import { useState } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  ApprovalDecision,
  CLOSED_HANDOVER_STATES,
  Handover,
  handoverAcceptance,
  SIGN_OFF_STATES,
  SignOffRole,
  transitionRefusal,
} from '@smo-backstage/plugin-smo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { DetailsTable } from '../common';
import { useGovernance } from '../governance/GovernanceContext';
import { ErrorState } from '../readiness/ErrorState';
import { Actor, When } from './Actor';
import { CommentDialog } from './CommentDialog';
import {
  ActionPresentation,
  allowedActions,
  ROLE_LABELS,
  STATE_LABELS,
} from './handoverFlow';
import { HandoverStepper } from './HandoverStepper';
import { PermissionNote } from './PermissionNote';
import { ProblemAlert } from './ProblemAlert';
import { SignOffDialog } from './SignOffDialog';
import { SignOffTable } from './SignOffTable';
import { useHandoverPermissions } from './useEntityPermissions';
import { useSeparationOfDuties } from './useSeparationOfDuties';
import { useWorkflowAction } from './useWorkflowAction';

/** Why "Accept" would be refused right now (the common accept rule), before anyone clicks it; the backend decides on the click. */
function AcceptHint(props: { handover: Handover }) {
  const { readiness } = useGovernance();
  const acceptance = handoverAcceptance(props.handover, readiness);
  const reasons = [
    !acceptance.ready &&
      `the component is not ready (blocked by ${acceptance.blockers.join(
        ', ',
      )})`,
    acceptance.missingApprovals.length > 0 &&
      `approving sign-offs are missing: ${acceptance.missingApprovals
        .map(r => ROLE_LABELS[r])
        .join(', ')}`,
  ].filter(Boolean);
  return (
    <Typography variant="body2" color="textSecondary">
      {acceptance.acceptable
        ? 'Ready to accept: the verdict is ready and every required role approved.'
        : `Accepting needs a ready verdict and an approval from every required role; now ${reasons.join(
            ', and ',
          )}.`}
    </Typography>
  );
}

/**
 * The Governance tab's handover section: the current handover's state on its path, the required sign-offs, and the
 * actions the state allows — each enabled only when permitted. Transitions send the version the user saw; when
 * someone else acted first (409), the section reloads and says so.
 */
export function HandoverCard() {
  const { entityRef, revision } = useGovernance();
  const smoApi = useApi(smoApiRef);
  const permissions = useHandoverPermissions(entityRef);
  const duties = useSeparationOfDuties();
  const { busy, problem, clearProblem, run } = useWorkflowAction();
  const [dialog, setDialog] = useState<
    { action: ActionPresentation } | { role: SignOffRole }
  >();

  const handovers = useAsyncRetry(
    () => smoApi.listHandovers({ entityRef }),
    [smoApi, entityRef, revision],
  );
  // Most recently changed first: the first one is the current handover.
  const current = handovers.value?.[0];

  const close = () => {
    setDialog(undefined);
    clearProblem();
  };

  const request = () =>
    run(
      'create',
      () => smoApi.createHandover(entityRef),
      'Handover requested: it is a draft now',
    );

  const transition = async (
    handover: Handover,
    action: ActionPresentation,
    comment?: string,
  ) => {
    const done = await run(
      action.action,
      () =>
        smoApi.transitionHandover(handover.id, {
          action: action.action,
          version: handover.version,
          ...(comment ? { comment } : {}),
        }),
      `Handover: ${action.label.toLocaleLowerCase('en-US')} done`,
      async () => {
        const fresh = await smoApi.getHandover(handover.id);
        return fresh.version === handover.version
          ? undefined
          : `Someone else acted on this handover in the meantime: it is now ${STATE_LABELS[
              fresh.state
            ].toLocaleLowerCase(
              'en-US',
            )}. It has been reloaded — check it and try again.`;
      },
    );
    if (done) setDialog(undefined);
  };

  const signOff = async (
    handover: Handover,
    role: SignOffRole,
    decision: ApprovalDecision,
    comment: string,
  ) => {
    const done = await run(
      `sign-off:${role}`,
      () =>
        smoApi.signOffHandover(handover.id, {
          role,
          decision,
          ...(comment ? { comment } : {}),
        }),
      `Signed off as ${ROLE_LABELS[role]}: ${
        decision === 'approve' ? 'approved' : 'rejected'
      }`,
    );
    if (done) setDialog(undefined);
  };

  // In a dialog the dialog shows the problem, so the input can be corrected there.
  const problemAlert = (
    <ProblemAlert
      mt={2}
      problem={dialog ? undefined : problem}
      onClose={clearProblem}
    />
  );

  let content;
  if (handovers.error && !handovers.loading) {
    content = <ErrorState error={handovers.error} onRetry={handovers.retry} />;
  } else if (!handovers.value) {
    content = <Progress />;
  } else if (!current || current.state === 'withdrawn') {
    content = (
      <>
        <Typography variant="body2" paragraph>
          {current
            ? 'The last handover was withdrawn. Request a new one when the component is ready to be handed over to operations.'
            : 'No handover has been requested yet. Request one to start the transition to operations: it opens as a draft that you submit to the SMO.'}
        </Typography>
        <Button
          variant="contained"
          color="primary"
          onClick={request}
          disabled={!permissions.submit.allowed || busy !== undefined}
        >
          Request handover
        </Button>
        <PermissionNote
          permissions={[permissions.submit]}
          what="request a handover"
        />
        {problemAlert}
      </>
    );
  } else {
    const actions = allowedActions(current.state);
    const permitted = (a: ActionPresentation) =>
      (a.authority === 'submit' ? permissions.submit : permissions.decide)
        .allowed;
    const signing = SIGN_OFF_STATES.includes(current.state);
    // Actions the separation-of-duties rules keep from the signed-in user, with why.
    const refusals = actions.flatMap(a => {
      const why =
        duties.me &&
        transitionRefusal(duties.rules, current, a.action, duties.me);
      return why ? [{ action: a.action, why }] : [];
    });
    const refused = (a: ActionPresentation) =>
      refusals.some(r => r.action === a.action);
    content = (
      <>
        <HandoverStepper state={current.state} />
        <DetailsTable
          rows={{
            State: <strong>{STATE_LABELS[current.state]}</strong>,
            'Requested by': (
              <>
                <Actor entityRef={current.requestedBy} />,{' '}
                <When iso={current.createdAt} />
              </>
            ),
            'Last change': <When iso={current.updatedAt} />,
            'Review round': String(current.round),
          }}
        />
        {current.state === 'in-review' && (
          <Box mt={2}>
            <AcceptHint handover={current} />
          </Box>
        )}
        {actions.length > 0 && (
          <Box
            mt={2}
            display="flex"
            flexWrap="wrap"
            style={{ gap: 8 }}
            role="group"
            aria-label="Handover actions"
          >
            {actions.map(a => (
              <Button
                key={a.action}
                variant={a.destructive ? 'outlined' : 'contained'}
                color="primary"
                disabled={!permitted(a) || refused(a) || busy !== undefined}
                onClick={() =>
                  a.comment ? setDialog({ action: a }) : transition(current, a)
                }
              >
                {a.label}
              </Button>
            ))}
          </Box>
        )}
        <PermissionNote
          permissions={[
            ...(actions.some(a => a.authority === 'submit')
              ? [permissions.submit]
              : []),
            ...(actions.some(a => a.authority === 'decide')
              ? [permissions.decide]
              : []),
          ]}
          what="take some of these actions"
        />
        {refusals.map(r => (
          <Typography
            key={r.action}
            variant="caption"
            component="p"
            color="textSecondary"
          >
            You requested this handover. {r.why}
          </Typography>
        ))}
        {problemAlert}
        <Box mt={3}>
          <Typography variant="h6" component="h3" gutterBottom>
            Sign-offs{current.round > 1 ? ` (round ${current.round})` : ''}
          </Typography>
          {!signing && current.signOffs.length === 0 && (
            <Typography variant="body2" color="textSecondary" paragraph>
              Sign-offs are collected once the handover is submitted.
            </Typography>
          )}
          <SignOffTable
            handover={current}
            signing={signing}
            duties={duties}
            canSign={permissions.signOff.allowed && busy === undefined}
            onSign={role => setDialog({ role })}
          />
          {signing && (
            <PermissionNote
              permissions={[permissions.signOff]}
              what="sign off"
            />
          )}
        </Box>
        {dialog && 'action' in dialog && dialog.action.comment && (
          <CommentDialog
            id="smo-handover-comment"
            title={dialog.action.comment.title}
            label={dialog.action.comment.label}
            optional={dialog.action.comment.optional}
            confirmLabel={dialog.action.label}
            busy={busy !== undefined}
            problem={problem}
            onConfirm={comment => transition(current, dialog.action, comment)}
            onClose={close}
          />
        )}
        {dialog && 'role' in dialog && (
          <SignOffDialog
            role={dialog.role}
            busy={busy !== undefined}
            problem={problem}
            onSign={(decision, comment) =>
              signOff(current, dialog.role, decision, comment)
            }
            onClose={close}
          />
        )}
      </>
    );
  }

  return (
    <InfoCard
      title="Handover to operations"
      subheader={
        current && !CLOSED_HANDOVER_STATES.includes(current.state)
          ? `Open handover: ${STATE_LABELS[current.state].toLocaleLowerCase(
              'en-US',
            )}`
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
