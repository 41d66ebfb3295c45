import { useState } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  CheckResult,
  Waiver,
  waiverDecisionRefusal,
  waiverInForce,
} from '@smo-backstage/plugin-smo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { useGovernance } from '../governance/GovernanceContext';
import { ErrorState } from '../readiness/ErrorState';
import { StatusChip } from '../readiness/StatusChip';
import { Actor, When } from './Actor';
import { CommentDialog } from './CommentDialog';
import { LIST_LIMIT, ListLimitNote } from './ListLimitNote';
import { PermissionNote } from './PermissionNote';
import { ProblemAlert } from './ProblemAlert';
import { useWaiverPermissions } from './useEntityPermissions';
import { useSeparationOfDuties } from './useSeparationOfDuties';
import { useWorkflowAction } from './useWorkflowAction';
import { DEFAULT_WAIVER_MAX_DAYS } from './waiverExpiry';
import { WaiverRequestDialog } from './WaiverRequestDialog';
import { WaiverStatusChip } from './WaiverStatusChip';
import { TableSection } from '../common/SmallTable';

type Decision = 'approve' | 'reject' | 'revoke';

const DECISIONS: Record<
  Decision,
  {
    title: string;
    label: string;
    confirm: string;
    done: string;
    optional: boolean;
  }
> = {
  approve: {
    title: 'Approve the waiver',
    label: 'Comment (optional)',
    confirm: 'Approve',
    done: 'Waiver approved',
    optional: true,
  },
  reject: {
    title: 'Reject the waiver',
    label: 'Why is it rejected?',
    confirm: 'Reject',
    done: 'Waiver rejected',
    optional: false,
  },
  revoke: {
    title: 'Revoke the waiver',
    label: 'Why is it revoked?',
    confirm: 'Revoke',
    done: 'Waiver revoked',
    optional: false,
  },
};

/** Whether a waiver renews earlier ones ("renewal 2") and the campaign it was asked under, when either applies. */
function WaiverContext(props: { waiver: Waiver }) {
  const { renews = 0, campaignId } = props.waiver;
  const parts = [
    renews > 0 && `renewal ${renews}`,
    campaignId && `under campaign ${campaignId}`,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <Typography variant="caption" component="span" display="block">
      {parts.join(', ')}
    </Typography>
  );
}

/** A waiver that still matters for a check: one asked for, or one in force. */
const isPendingOrActive = (w: Waiver) =>
  w.status === 'requested' || waiverInForce(w, new Date());

/**
 * Waivers of the entity: every failing or unknown check with "Request waiver", and every waiver with its status;
 * the SMO approves, rejects and revokes. A decision re-evaluates the entity, so the readiness is reloaded.
 */
export function WaiversCard() {
  const { entityRef, readiness, revision } = useGovernance();
  const smoApi = useApi(smoApiRef);
  const maxDays =
    useApi(configApiRef).getOptionalNumber('smo.waivers.maxDays') ??
    DEFAULT_WAIVER_MAX_DAYS;
  const permissions = useWaiverPermissions(entityRef);
  const { rules, me } = useSeparationOfDuties();
  const { busy, problem, clearProblem, run } = useWorkflowAction();
  const [dialog, setDialog] = useState<
    { check: CheckResult } | { waiver: Waiver; decision: Decision }
  >();

  const waivers = useAsyncRetry(
    () => smoApi.listWaivers({ entityRef, limit: LIST_LIMIT }),
    [smoApi, entityRef, revision],
  );
  const candidates = readiness.checks.filter(
    c => c.status === 'fail' || c.status === 'unknown',
  );
  const close = () => {
    setDialog(undefined);
    clearProblem();
  };
  const finish = (done: boolean) => done && setDialog(undefined);

  const request = async (
    check: CheckResult,
    justification: string,
    expiresAt: string,
    campaignId?: string,
  ) =>
    finish(
      await run(
        `request:${check.id}`,
        () =>
          smoApi.requestWaiver({
            entityRef,
            checkId: check.id,
            justification,
            expiresAt,
            ...(campaignId ? { campaignId } : {}),
          }),
        `Waiver requested for ${check.title}`,
      ),
    );

  const decide = async (waiver: Waiver, decision: Decision, comment: string) =>
    finish(
      await run(
        `${decision}:${waiver.id}`,
        () =>
          decision === 'revoke'
            ? smoApi.revokeWaiver(waiver.id, comment)
            : smoApi.decideWaiver(waiver.id, {
                decision,
                ...(comment ? { comment } : {}),
              }),
        DECISIONS[decision].done,
      ),
    );

  if (waivers.error && !waivers.loading) {
    return (
      <InfoCard title="Waivers">
        <ErrorState error={waivers.error} onRetry={waivers.retry} />
      </InfoCard>
    );
  }
  if (!waivers.value) {
    return (
      <InfoCard title="Waivers">
        <Progress />
      </InfoCard>
    );
  }
  const list = waivers.value;
  const openFor = (checkId: string) =>
    list.find(w => w.checkId === checkId && isPendingOrActive(w));
  const titleOf = (checkId: string) =>
    readiness.checks.find(c => c.id === checkId)?.title ?? checkId;
  // The requester cannot decide their own waiver (separation of duties): say so instead of offering it.
  const refusalOf = (waiver: Waiver) =>
    waiver.status === 'requested' && me
      ? waiverDecisionRefusal(rules, waiver, me)
      : undefined;
  const decisionButton = (
    waiver: Waiver,
    decision: Decision,
    label: string,
  ) => (
    <Button
      size="small"
      variant="outlined"
      color="primary"
      disabled={
        !permissions.decide.allowed ||
        busy !== undefined ||
        refusalOf(waiver) !== undefined
      }
      onClick={() => setDialog({ waiver, decision })}
      aria-label={`${label} the waiver for ${titleOf(waiver.checkId)}`}
    >
      {label}
    </Button>
  );

  return (
    <InfoCard
      title="Waivers"
      subheader={`A waiver covers one failing check until it expires (at most ${maxDays} days); the SMO approves it.`}
    >
      <TableSection
        id="smo-waiver-candidates"
        title="Checks not met"
        rows={candidates.length}
        empty="Every check passes, is not applicable or is waived: nothing to waive."
        paragraph
        columns={['Status', 'Check', 'Severity', 'Waiver']}
      >
        {candidates.map(check => {
          const existing = openFor(check.id);
          return (
            <TableRow key={check.id}>
              <TableCell>
                <StatusChip status={check.status} />
              </TableCell>
              <TableCell component="th" scope="row">
                {check.title}
                <Typography variant="caption" component="span" display="block">
                  {check.id}
                </Typography>
              </TableCell>
              <TableCell>
                {check.severity === 'blocking' ? 'Blocking' : 'Advisory'}
              </TableCell>
              <TableCell>
                {existing ? (
                  <WaiverStatusChip status={existing.status} />
                ) : (
                  <Button
                    size="small"
                    variant="outlined"
                    color="primary"
                    disabled={
                      !permissions.request.allowed || busy !== undefined
                    }
                    onClick={() => setDialog({ check })}
                    // The visible words start the name (axe: label-content-name-mismatch).
                    aria-label={`Request waiver for ${check.title}`}
                  >
                    Request waiver
                  </Button>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableSection>
      <PermissionNote
        permissions={[permissions.request]}
        what="request waivers"
      />
      <ProblemAlert
        mt={2}
        problem={dialog ? undefined : problem}
        onClose={clearProblem}
      />

      <Box mt={3}>
        <TableSection
          id="smo-waiver-list"
          title="Requested and decided"
          rows={list.length}
          empty="No waiver has been requested for this component."
          columns={[
            'Check',
            'Status',
            'Justification',
            'Requested',
            'Expires',
            'Decision',
            'Actions',
          ]}
        >
          {list.map(waiver => (
            <TableRow key={waiver.id}>
              <TableCell component="th" scope="row">
                {titleOf(waiver.checkId)}
              </TableCell>
              <TableCell>
                <WaiverStatusChip status={waiver.status} />
                <WaiverContext waiver={waiver} />
              </TableCell>
              <TableCell>{waiver.justification}</TableCell>
              <TableCell>
                <Actor entityRef={waiver.requestedBy} />,{' '}
                <When iso={waiver.createdAt} />
              </TableCell>
              <TableCell>
                <When iso={waiver.expiresAt} />
              </TableCell>
              <TableCell>
                {waiver.approvedBy && <Actor entityRef={waiver.approvedBy} />}
                {waiver.decisionComment && ` — ${waiver.decisionComment}`}
                {!waiver.approvedBy && !waiver.decisionComment && '—'}
              </TableCell>
              <TableCell>
                <Box display="flex" style={{ gap: 8 }}>
                  {waiver.status === 'requested' && (
                    <>
                      {decisionButton(waiver, 'approve', 'Approve')}
                      {decisionButton(waiver, 'reject', 'Reject')}
                    </>
                  )}
                  {waiver.status === 'approved' &&
                    decisionButton(waiver, 'revoke', 'Revoke')}
                </Box>
                {refusalOf(waiver) && (
                  <Typography
                    variant="caption"
                    component="p"
                    color="textSecondary"
                  >
                    You requested this waiver. {refusalOf(waiver)}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableSection>
        <ListLimitNote shown={list.length} what="waivers" />
        {list.some(
          w => w.status === 'requested' || w.status === 'approved',
        ) && (
          <PermissionNote
            permissions={[permissions.decide]}
            what="decide on waivers"
          />
        )}
      </Box>

      {dialog && 'check' in dialog && (
        <WaiverRequestDialog
          check={dialog.check}
          maxDays={maxDays}
          busy={busy !== undefined}
          problem={problem}
          onRequest={(justification, expiresAt, campaignId) =>
            request(dialog.check, justification, expiresAt, campaignId)
          }
          onClose={close}
        />
      )}
      {dialog && 'waiver' in dialog && (
        <CommentDialog
          id="smo-waiver-decision"
          title={`${DECISIONS[dialog.decision].title}: ${titleOf(
            dialog.waiver.checkId,
          )}`}
          label={DECISIONS[dialog.decision].label}
          optional={DECISIONS[dialog.decision].optional}
          confirmLabel={DECISIONS[dialog.decision].confirm}
          busy={busy !== undefined}
          problem={problem}
          onConfirm={comment => decide(dialog.waiver, dialog.decision, comment)}
          onClose={close}
        />
      )}
    </InfoCard>
  );
}
